/** Typos in keys and ids are the most common config mistake: name the closest known word. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const wanted = normalize(word);
  const limit = wanted.length <= 3 ? 1 : wanted.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `metrics_port`, `MetricsPort` and `metrics-port` all mean `metricsPort`. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/[_-]/g, "");
}

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours ("hots" → "host"). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** `known: billing, orders, returns, …` — a short list so the message stays one line. */
export function listKnown(known: readonly string[], max = 8): string {
  const shown = known.slice(0, max).join(", ");
  return known.length > max ? `${shown}, …` : shown;
}
