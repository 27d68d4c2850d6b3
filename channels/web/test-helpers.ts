/** Small request helpers shared by this folder's API tests. */
export interface Client {
  token: string;
  threadId: string;
}

export async function openSession(
  base: string,
  body: object = {},
  headers: Record<string, string> = {},
): Promise<Client> {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`session failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Client;
}

export function postChat(
  base: string,
  token: string | undefined,
  body: object,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${base}/api/chat`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as object),
    },
    body: JSON.stringify(body),
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

export function uploadFile(
  base: string,
  token: string,
  bytes: Uint8Array,
  filename: string,
  type = "application/pdf",
): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), filename);
  return fetch(`${base}/api/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}
