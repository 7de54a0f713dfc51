// The unlock window's IPC channels (the preload and the main process name them alike).
export const IPC_UNLOCK_REQUEST = 'pzk:unlock:request';
export const IPC_UNLOCK_SUBMIT = 'pzk:unlock:submit';
export const IPC_UNLOCK_QUIT = 'pzk:unlock:quit';
