import { type FormEvent, useState } from 'react';
import { useChangePassword } from '../api/change-password';
import { fieldError } from './field-errors';

type Errors = { currentPassword?: string | undefined; newPassword?: string | undefined };

/** The change-password form: both passwords, an error at each, and the submission. */
export function useChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = 'Enter your current password';
    if (newPassword.length < 10) found.newPassword = 'Use at least 10 characters';
    else if (newPassword === currentPassword) found.newPassword = 'Choose a password you do not use now';
    setErrors(found);
    if (found.currentPassword || found.newPassword) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
        },
        onError: (error) =>
          setErrors({
            currentPassword: fieldError(error, 'currentPassword', 'The current password'),
            newPassword: fieldError(error, 'newPassword', 'The new password'),
          }),
      },
    );
  }

  return {
    currentPassword,
    setCurrentPassword,
    newPassword,
    setNewPassword,
    errors,
    submit,
    isPending: change.isPending,
  };
}
