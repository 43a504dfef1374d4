import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { mailFrom, smtpUrl as configuredSmtpUrl } from './settings'

/**
 * E-mail (password resets). With QUANZE_SMTP_URL (e.g. smtps://user:pass@mail.example.org:465)
 * messages go out by SMTP; without it they are printed to the console, links included, so a
 * development install can reset a password. QUANZE_MAIL_FROM names the sender.
 */
export function emailAdapter(smtpUrl = configuredSmtpUrl(), sender = mailFrom()): EmailAdapter {
  const from = parseFrom(sender)
  if (!smtpUrl)
    return () => ({ name: 'console', defaultFromAddress: from.address, defaultFromName: from.name, sendEmail: async (message) => printEmail(message) })
  const transport = nodemailer.createTransport(smtpUrl)
  return () => ({ name: 'smtp', defaultFromAddress: from.address, defaultFromName: from.name, sendEmail: (message) => transport.sendMail(message) })
}

function parseFrom(value: string): { name: string; address: string } {
  const match = /^(.*)<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1].trim(), address: match[2].trim() } : { name: 'Quanze', address: value.trim() }
}

function printEmail(message: SendEmailOptions): void {
  const html = typeof message.html === 'string' ? message.html : ''
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
  const text =
    typeof message.text === 'string'
      ? message.text
      : html
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
  console.info(
    [
      '[email, not sent: QUANZE_SMTP_URL is not set]',
      `To: ${String(message.to)}`,
      `Subject: ${message.subject ?? ''}`,
      text,
      ...links.map((link) => `Link: ${link}`),
    ].join('\n'),
  )
}
