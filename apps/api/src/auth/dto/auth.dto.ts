import { z } from 'zod';

export const CredentialsBody = z
  .strictObject({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, 'must be at most 254 characters')
      .pipe(z.email('must be an email address'))
      .meta({ example: 'ada@example.com' }),
    password: z
      .string()
      .min(10, 'must be at least 10 characters')
      .max(200, 'must be at most 200 characters')
      .meta({ example: 'correct horse battery staple' }),
  })
  .meta({ id: 'Credentials' });
export type Credentials = z.output<typeof CredentialsBody>;
