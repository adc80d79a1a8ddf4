-- Single sign-on: the provider's identity ("issuer|subject") linked to an account at the first sign-in.
alter table account add column sso_subject varchar(512) null;
create unique index uk_account_sso_subject on account (sso_subject);
