import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FolderMailboxConfig } from "@poststelle/config";

/** Where a folder mailbox's drafts go: `<outputPath>/<department>/`, next to the input without one. */
export function draftDirectory(mailbox: FolderMailboxConfig, departmentId: string): string {
  return join(mailbox.outputPath ?? mailbox.path, departmentId);
}

/** Directories made by this process; a removed one fails the write, which a retry then makes again. */
const made = new Set<string>();

/**
 * Writes `<dir>/<mailId>.eml`, replacing an earlier copy: the name is the mail id, so a redelivery
 * overwrites instead of adding. Written to a temp name and renamed, so a reader never sees half a file.
 */
export async function writeDraftFile(dir: string, mailId: string, raw: Buffer): Promise<string> {
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  const path = join(dir, `${mailId}.eml`);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, raw);
  } catch (error) {
    made.delete(dir);
    throw error;
  }
  await rename(temp, path);
  return path;
}
