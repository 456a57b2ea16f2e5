import http from 'node:http';

/** One event of GET /events as it came: its name, id (if any) and parsed data. */
export interface NamedEvent {
  event: string;
  id: string | null;
  data: Record<string, unknown>;
}

export interface NamedEventStream {
  events: NamedEvent[];
  /** The events named `name` so far. */
  named(name: string): NamedEvent[];
  close(): void;
}

/** Opens the caller's event stream (Bearer key) and collects every named event as it comes. */
export function openNamedEvents(baseUrl: string, key: string): Promise<NamedEventStream> {
  return new Promise((resolve, reject) => {
    const events: NamedEvent[] = [];
    const req = http.get(
      `${baseUrl}/api/v1/events`,
      { headers: { Authorization: `Bearer ${key}` } },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`the event stream answered ${res.statusCode}`));
          return;
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let at = buffer.indexOf('\n\n');
          while (at >= 0) {
            const fields: Record<string, string> = {};
            for (const line of buffer.slice(0, at).split('\n')) {
              const colon = line.indexOf(': ');
              if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 2);
            }
            buffer = buffer.slice(at + 2);
            if (fields.event) {
              events.push({
                event: fields.event,
                id: fields.id ?? null,
                data: JSON.parse(fields.data ?? 'null'),
              });
            }
            at = buffer.indexOf('\n\n');
          }
        });
        resolve({
          events,
          named: (name) => events.filter((e) => e.event === name),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });
}
