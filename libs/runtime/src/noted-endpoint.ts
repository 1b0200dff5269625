import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// A process that picks its own port (the embedded nats-server, mask's gRPC on port 0) notes the
// address in its data dir, so the operator commands beside it can find what they cannot know.

export function noteEndpoint(file: string, endpoint: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${endpoint}\n`);
}

/** The endpoint noted in `file`, if a running process noted one (or one crashed without cleaning up). */
export function notedEndpoint(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
