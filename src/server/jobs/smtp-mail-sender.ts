import nodemailer from 'nodemailer';
import type { MailSender } from '../commands/send-outbox-emails';
import type { Config } from '../config';

/** The SMTP transport for the outbox (nodemailer), built once per instance. */
export function smtpMailSender(smtp: NonNullable<Config['smtp']>): MailSender {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user && smtp.password ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
  });
  return async (mail) => {
    await transport.sendMail(mail);
  };
}
