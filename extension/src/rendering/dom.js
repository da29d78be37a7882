export function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    if (props.className)
        el.className = props.className;
    if (props.title)
        el.title = props.title;
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
        if (/^on/i.test(name) || /^(src|href|srcdoc|style)$/i.test(name))
            throw new Error(`attribute ${name} is not allowed here`);
        el.setAttribute(name, value);
    }
    if (props.onClick)
        el.addEventListener('click', props.onClick);
    append(el, ...children);
    return el;
}
export function append(parent, ...children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false)
            continue;
        parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
}
//# sourceMappingURL=dom.js.map