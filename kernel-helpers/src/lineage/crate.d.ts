export declare function exportNotebookCrate(notebookFile: string, dir: string, home?: string): Promise<{
    dir: string;
    files: string[];
}>;
