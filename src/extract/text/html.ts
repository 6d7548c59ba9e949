// TODO(normalize helper): real HTML → text (tables as rows, colspan/rowspan, scripts/nav dropped).
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|table|div|p)[\s>]/i.test(text.slice(0, 5000));
}

export function htmlToText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]+>/g, '\n');
}
