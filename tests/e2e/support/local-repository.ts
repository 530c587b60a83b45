import type { Page } from '@playwright/test';

/**
 * The editor's local mode ("Work with Local Repository") asks the browser for a folder with
 * showDirectoryPicker, a dialog no test can answer. These helpers give it a folder the test controls instead:
 * a directory in the page's origin-private file system, seeded with the repository's content files. The
 * editor reads and writes it with the same File System Access calls it uses on a real folder; the test then
 * copies what it wrote back to disk.
 */
const FOLDER = 'repository';

/** Before any page script runs: the folder picker answers with the test's folder, at once. */
export async function answerFolderPicker(page: Page): Promise<void> {
  await page.addInitScript((folder) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true }),
    });
  }, FOLDER);
}

/** Fills the folder (on the page's current origin) with these files, by path, and a .git folder. */
export async function seedFolder(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const root = await opfs.getDirectoryHandle(folder, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: FOLDER, files },
  );
}

/** Every file under `dir` in the folder, by path from the folder's root. Rejects while the editor is mid-write. */
export async function readFolder(page: Page, dir: string): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ folder, dir }) => {
      let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      for (const part of dir.split('/')) handle = await handle.getDirectoryHandle(part);
      const out: Record<string, string> = {};
      for await (const [name, entry] of handle.entries() as AsyncIterable<[string, FileSystemHandle]>) {
        if (entry.kind === 'file')
          out[`${dir}/${name}`] = await (await (entry as FileSystemFileHandle).getFile()).text();
      }
      return out;
    },
    { folder: FOLDER, dir },
  );
}
