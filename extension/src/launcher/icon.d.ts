export declare const genhealthIcon: any;
