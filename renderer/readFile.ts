/** The text of a file the user picked. */
export const readTextFile = (file: File): Promise<string> => file.text();

/** The bytes of a file the user picked (files cross the API as bytes). */
export const readBytes = async (file: File): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());
