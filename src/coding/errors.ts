/** An edit that cannot be made; its message is for the user, and the dataset is unchanged. */
export class EditRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditRefusedError';
  }
}
