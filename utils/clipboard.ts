/** Copies plain text. Guide text is public; plan text must warn first (see SECURITY.md). */
export async function copyPlainText(text: string, clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard): Promise<void> {
  await clipboard.writeText(text);
}
