/** Fetches a file of our own site, with an error that names the file when it cannot. */
export async function fetchBlob(url: string, fileName: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not download ${fileName}: the connection failed.`, { cause: error });
  }
  if (!response.ok) {
    throw new Error(`Could not download ${fileName}: the server answered ${response.status}.`);
  }
  return response.blob();
}
