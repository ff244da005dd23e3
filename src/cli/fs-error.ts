import { hasOwn } from '../has-own';

/**
 * What a file-system error means for a person, by its code: the words after the path in
 * the CLI's one-line message. Codes not listed fall back to Node's own text.
 */
const MEANINGS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

/** What the failed call was doing, by its name: the verb of the message. */
const DOING: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  mkdir: 'create the folder',
  scandir: 'read the folder',
  opendir: 'read the folder',
  stat: 'find',
  lstat: 'find',
  access: 'find',
  rename: 'replace',
  unlink: 'remove',
  rmdir: 'remove',
  copyfile: 'copy',
};

/** An error from Node's file system calls: it carries the code, the call and the path. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * One line for a file-system error: what was being done to which path, what went wrong in
 * plain words with its code, and the fix.
 *
 * @example
 * ```ts
 * fileSystemMessage(error); // 'cannot create the folder `/srv/www/js`: permission denied (EACCES). Check the path and its permissions.'
 * ```
 */
export function fileSystemMessage(error: NodeJS.ErrnoException): string {
  const code = error.code!;
  const syscall = error.syscall!;
  const meaning = hasOwn(MEANINGS, code) ? MEANINGS[code] : error.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '');
  const doing = hasOwn(DOING, syscall) ? DOING[syscall] : `${syscall}`;
  const path = error.path === undefined ? '' : ` \`${error.path}\``;
  return `cannot ${doing}${path}: ${meaning} (${code}). Check the path and its permissions.`;
}
