<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jieqing</source>
        <translation>About Jieqing</translation>
    </message>
    <message>
        <source>Jieqing (结清) %1</source>
        <translation>Jieqing (结清) %1</translation>
    </message>
    <message>
        <source>Your loan records, repayment receipts and settlement certificates, kept in one encrypted file on your own computer.</source>
        <translation>Your loan records, repayment receipts and settlement certificates, kept in one encrypted file on your own computer.</translation>
    </message>
    <message>
        <source>Security: the vault is encrypted with SQLCipher (AES-256) under a key derived from your password with Argon2id; nothing is sent anywhere, and the vault locks itself when left idle.</source>
        <translation>Security: the vault is encrypted with SQLCipher (AES-256) under a key derived from your password with Argon2id; nothing is sent anywhere, and the vault locks itself when left idle.</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licence: %1.</translation>
    </message>
    <message>
        <source>Chinese font: %1, licence %2.</source>
        <translation>Chinese font: %1, licence %2.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Shown everywhere as: {masked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing shows only the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account pays it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card or wallet bound to this loan for repayments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account I recorded before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 招商银行储蓄卡</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <source>Overdue installments: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue amount: ¥{before} → ¥{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal still owed: ¥{before} → ¥{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥{amount} is more than was due: it is kept as credit for the next installment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment pays the loan off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the payment is allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest installment first; within each: fees, then penalty interest, then interest, then principal. Press Finish to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountPage</name>
    <message>
        <source>Leave empty if you received the whole amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received ¥{amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much, when, at what rate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the figures exactly as the contract or the app states them; Jieqing works out the true cost later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan amount *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee kept back at payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you got the money *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.05 % a day for 微粒贷, 借呗; 18 % a year; or a monthly fee rate such as 0.75 % on the original amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault);;All files (*)</source>
        <translation>Jieqing vaults (*.jqvault);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To clear it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>Stated rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can afford about &lt;b&gt;¥{amount}&lt;/b&gt; a month for repayments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can you afford?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from your real budget: a plan you can keep is worth more than a promise you cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income a month *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential spending a month *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After tax, from all sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent, food, transport, medicine, children: what you cannot cut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Settlement certificate</source>
        <translation>Settlement certificate</translation>
    </message>
    <message>
        <source>Repayment receipt</source>
        <translation>Repayment receipt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Negotiated agreement</source>
        <translation>Negotiated agreement</translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation>Credit report</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Adding documents to the vault…</source>
        <translation>Adding documents to the vault…</translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation>Adding documents</translation>
    </message>
    <message>
        <source>{name}: already in the vault; now linked here too.</source>
        <translation>{name}: already in the vault; now linked here too.</translation>
    </message>
    <message>
        <source>{name}: not added (cancelled).</source>
        <translation>{name}: not added (cancelled).</translation>
    </message>
    <message>
        <source>{name}: not added. {reason}</source>
        <translation>{name}: not added. {reason}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>The clipboard holds no picture or file to add.</translation>
    </message>
    <message>
        <source>Screenshot {when}.png</source>
        <translation>Screenshot {when}.png</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who can open the folder you choose can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>The copy will NOT be encrypted: anyone who can open the folder you choose can read it. Keep it somewhere safe and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? It stays in the vault, attached to {count} other record(s).</source>
        <translation>Remove “{name}” from this record? It stays in the vault, attached to {count} other record(s).</translation>
    </message>
    <message>
        <source>Remove “{name}”? It is attached to nothing else, so it will be deleted from the vault.</source>
        <translation>Remove “{name}”? It is attached to nothing else, so it will be deleted from the vault.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop screenshots, photos, PDFs or call recordings here, or paste a screenshot with Ctrl+V. They are kept encrypted inside the vault.</source>
        <translation>Drop screenshots, photos, PDFs or call recordings here, or paste a screenshot with Ctrl+V. They are kept encrypted inside the vault.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>Jieqing backups (*.jqbak)</source>
        <translation>Jieqing backups (*.jqbak)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Jieqing backups (*.jqbak);;All files (*)</source>
        <translation>Jieqing backups (*.jqbak);;All files (*)</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restore into</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault)</source>
        <translation>Jieqing vaults (*.jqvault)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. Keep it somewhere other than this computer (a USB stick, another disk). You may use your vault password for it.</source>
        <translation>The backup is one encrypted file. Keep it somewhere other than this computer (a USB stick, another disk). You may use your vault password for it.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choose where to save the backup.</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Verify a backup</translation>
    </message>
    <message>
        <source>Reads the whole backup and checks every part of it. Nothing is written.</source>
        <translation>Reads the whole backup and checks every part of it. Nothing is written.</translation>
    </message>
    <message>
        <source>Backup password:</source>
        <translation>Backup password:</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choose the backup file.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s password.</source>
        <translation>Type the backup&apos;s password.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup is checked completely before anything is put in place. If you restore over an existing vault, that vault is kept beside it under a dated name, so nothing is lost.</source>
        <translation>The backup is checked completely before anything is put in place. If you restore over an existing vault, that vault is kept beside it under a dated name, so nothing is lost.</translation>
    </message>
    <message>
        <source>Use the backup&apos;s password for the restored vault</source>
        <translation>Use the backup&apos;s password for the restored vault</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Restore into:</translation>
    </message>
    <message>
        <source>Choose where to put the restored vault.</source>
        <translation>Choose where to put the restored vault.</translation>
    </message>
    <message>
        <source>That is the vault you have open. Choose a new file name; you can open the restored vault afterwards.</source>
        <translation>That is the vault you have open. Choose a new file name; you can open the restored vault afterwards.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>&amp;Verify a backup…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Unlock a vault to back it up.</source>
        <translation>Unlock a vault to back it up.</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Backing up and checking the backup…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Restoring and checking the vault…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>Jieqing</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>The backup was written and checked: {path}</source>
        <translation>The backup was written and checked: {path}</translation>
    </message>
    <message>
        <source>The backup is intact</source>
        <translation>The backup is intact</translation>
    </message>
    <message>
        <source>Every part of the backup checked out. It was made on {date} and holds {count} records.</source>
        <translation>Every part of the backup checked out. It was made on {date} and holds {count} records.</translation>
    </message>
    <message>
        <source>The vault was restored and checked: {path}</source>
        <translation>The vault was restored and checked: {path}</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as {path}</source>
        <translation>The vault it replaced is kept as {path}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BinderDialog</name>
    <message>
        <source>Export binder</source>
        <translation>Export binder</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <source>Only the loans ticked below</source>
        <translation>Only the loans ticked below</translation>
    </message>
    <message>
        <source>Only payments, contacts and credit checks in this period</source>
        <translation>Only payments, contacts and credit checks in this period</translation>
    </message>
    <message>
        <source>Language of the binder</source>
        <translation>Language of the binder</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>The binder is a PDF with every selected loan, payment, contact and document, for a bank, a court or a lawyer. The PDF is not encrypted: anyone who can open the file can read it.</source>
        <translation>The binder is a PDF with every selected loan, payment, contact and document, for a bank, a court or a lawyer. The PDF is not encrypted: anyone who can open the file can read it.</translation>
    </message>
    <message>
        <source>Save the binder as</source>
        <translation>Save the binder as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the binder…</source>
        <translation>Making the binder…</translation>
    </message>
    <message>
        <source>The binder was saved: {path} ({pages} pages).</source>
        <translation>The binder was saved: {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>These documents could not be printed; their pages say why: {names}</source>
        <translation>These documents could not be printed; their pages say why: {names}</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>The PDF is not encrypted: keep it somewhere safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Cancelled; no binder was written.</source>
        <translation>Cancelled; no binder was written.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Attach the certificate (a photo or the PDF from the app) so it is kept with the loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement certificate (结清证明)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It proves the loan is paid off. Get it only through the official app or official customer service — never from someone who asks for a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a week after the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted in the vault; print a copy as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>Close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this order. Tick each step once it is done; leave the rest for later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Your payments paid this loan off on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recorded payments do not clear this loan yet (¥{amount} to clear it today). Record the last payment first, or check the figures with the lender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the loan settled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying the last installment is not the end: confirm, keep the proof, check the credit report, then close the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or asked *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording or screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer service, staff no. 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 95384, or +63 912 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number starting with + or 00 (other than +86) is from abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words if you can, e.g. “asked me to pay into a safe account”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing checks this text for common scam signs as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed, refused or promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call the official hotline to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk of a scam. Do not pay, share codes or share your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be careful: this is a common scam sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down every call, message or visit: with the lender, a collector, a regulator or legal aid. A clear log protects you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About which loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not about one loan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Log each contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call or chat about this request: fill in the form and press “Add to the log”. You can skip this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the log (saved when you press Finish):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Jieqing hit a problem</source>
        <translation>Jieqing hit a problem</translation>
    </message>
    <message>
        <source>Jieqing hit a problem it did not expect; your data is safe. Nothing half-done was saved. You can keep working, or quit and start Jieqing again.

If it happens again, please copy the details below and send them to us. They contain no records and no password.</source>
        <translation>Jieqing hit a problem it did not expect; your data is safe. Nothing half-done was saved. You can keep working, or quit and start Jieqing again.

If it happens again, please copy the details below and send them to us. They contain no records and no password.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Your records are kept in one encrypted file on this computer. Choose where it goes and the password that protects it.</source>
        <translation>Your records are kept in one encrypted file on this computer. Choose where it goes and the password that protects it.</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>Vault &amp;file:</translation>
    </message>
    <message>
        <source>Vault file location</source>
        <translation>Vault file location</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember this password.&lt;/b&gt; Nobody can recover a forgotten password: not Jieqing, not its makers, not anyone. Without it the records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Remember this password.&lt;/b&gt; Nobody can recover a forgotten password: not Jieqing, not its makers, not anyone. Without it the records cannot be opened. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Where should the vault go?</source>
        <translation>Where should the vault go?</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault)</source>
        <translation>Jieqing vaults (*.jqvault)</translation>
    </message>
</context>
<context>
    <name>CreditReportPage</name>
    <message>
        <source>Check your credit report between {start} and {end} (30–45 days after payoff): the central bank&apos;s Credit Reference Center online service, or a bank or UnionPay app. Two reports a year are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your credit report 30–45 days after the loan is paid off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not show 结清 yet. What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the settlement certificate to the lender and ask it to report the loan as settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a dispute (异议) with the Credit Reference Center or the lender; an answer is due within 20 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the date below: Jieqing sets a follow-up 20 days later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credit report (征信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account should show 结清 (status code 3, letter C in the monthly grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked my credit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows 结清?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Reference Center online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a bank or credit-reference counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Optional. Click to choose a date; press Delete to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>No. {n} · due {due} · ¥{amount} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({days} days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the loan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open on this loan: it looks paid off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest open installments are ticked. Payments always settle the oldest debt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To clear the whole loan today: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each repayment as the receipt shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date on the document</source>
        <translation>Date on the document</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>That password did not open the PDF. Try again:</source>
        <translation>That password did not open the PDF. Try again:</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Enter it to view the PDF:</source>
        <translation>This PDF is protected by a password. Enter it to view the PDF:</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>Password-protected PDF</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>This PDF is protected by a password; it was not opened.</source>
        <translation>This PDF is protected by a password; it was not opened.</translation>
    </message>
    <message>
        <source>This PDF could not be opened; it may be damaged. It is kept as it is.</source>
        <translation>This PDF could not be opened; it may be damaged. It is kept as it is.</translation>
    </message>
    <message>
        <source>This image could not be shown; it may be damaged or incomplete. It is kept exactly as it was added.</source>
        <translation>This image could not be shown; it may be damaged or incomplete. It is kept exactly as it was added.</translation>
    </message>
    <message>
        <source>Sound cannot be played on this computer. The recording is kept safely.</source>
        <translation>Sound cannot be played on this computer. The recording is kept safely.</translation>
    </message>
    <message>
        <source>Jieqing cannot show this kind of file. It is kept safely in the vault.</source>
        <translation>Jieqing cannot show this kind of file. It is kept safely in the vault.</translation>
    </message>
    <message>
        <source>This file looks damaged or incomplete; what could be read is shown.</source>
        <translation>This file looks damaged or incomplete; what could be read is shown.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Protected by a password</source>
        <translation>Protected by a password</translation>
    </message>
    <message>
        <source>Looks damaged or incomplete: no preview</source>
        <translation>Looks damaged or incomplete: no preview</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <source>Kept inside the encrypted vault when you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr *.wav);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Still needed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LenderPage</name>
    <message>
        <source>Who lent you the money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the platform: Jieqing fills in the lender behind it and its official hotline. Check them against your contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender (legal entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or loan no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another lender (type its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank&apos;s consumer loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small-loan company (小额贷款公司)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenders you recorded before are at the end of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company named in the contract, e.g. 深圳前海微众银行 behind 微粒贷.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only use the number shown in the lender&apos;s official app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown in the app or the contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LenderSchedulePage</name>
    <message>
        <source>The lender&apos;s schedule matches the one Jieqing computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in Jieqing&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the lender&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {n}: {what} — Jieqing {ours}, lender {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the lender&apos;s figures differ (the lender&apos;s figures are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the lender&apos;s schedule match?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the repayment plan in the lender&apos;s app. If its figures differ from Jieqing&apos;s, type the lender&apos;s: they win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the schedule Jieqing computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lender&apos;s schedule (prefilled with Jieqing&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>协商还款申请书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the application letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application letter (协商还款申请书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a letter with your loan&apos;s figures, your reasons and your plan, to send through the lender&apos;s official channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Only add it when sending through an official channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved outside the vault and is not encrypted: keep it somewhere safe and delete it once sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Filter by platform, contract no. or status</source>
        <translation>Filter by platform, contract no. or status</translation>
    </message>
    <message>
        <source>Filter loans</source>
        <translation>Filter loans</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>No loans yet. Loans you add will be listed here with their status.</source>
        <translation>No loans yet. Loans you add will be listed here with their status.</translation>
    </message>
</context>
<context>
    <name>LoansTableModel</name>
    <message>
        <source>Repaying</source>
        <translation>Repaying</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>New plan agreed</source>
        <translation>New plan agreed</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>Closed out</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Principal (yuan)</source>
        <translation>Principal (yuan)</translation>
    </message>
    <message>
        <source>Outstanding (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True APR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>Borrowed on</translation>
    </message>
    <message>
        <source>The true yearly cost, interest and all fees included, over the money you actually received (PBOC 2021 No. 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rate may be above a line courts or regulators use. Open the loan to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LogContactWizard</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>%1 — Jieqing</source>
        <translation>%1 — Jieqing</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filter loans</source>
        <translation>&amp;Filter loans</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jieqing</source>
        <translation>&amp;About Jieqing</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong password, or this file is damaged or not a Jieqing vault.</source>
        <translation>Wrong password, or this file is damaged or not a Jieqing vault.</translation>
    </message>
    <message>
        <source>This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing.</source>
        <translation>This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Jieqing. Please update Jieqing to open it.</source>
        <translation>This vault was made by a newer version of Jieqing. Please update Jieqing to open it.</translation>
    </message>
    <message>
        <source>There is no vault file at {path}.</source>
        <translation>There is no vault file at {path}.</translation>
    </message>
    <message>
        <source>A file already exists at {path}. Choose another name or folder.</source>
        <translation>A file already exists at {path}. Choose another name or folder.</translation>
    </message>
    <message>
        <source>The vault {path} is already open in another Jieqing window. Switch to that window, or close it and try again.</source>
        <translation>The vault {path} is already open in another Jieqing window. Switch to that window, or close it and try again.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>The vault is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>Could not write to {path} ({reason}). Check that the disk has space and that you may write there.</source>
        <translation>Could not write to {path} ({reason}). Check that the disk has space and that you may write there.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>This record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>{name} could not be added to the vault.</source>
        <translation>{name} could not be added to the vault.</translation>
    </message>
    <message>
        <source>{name} is empty, so there is nothing to keep.</source>
        <translation>{name} is empty, so there is nothing to keep.</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; files up to {limit_mb} MB can be kept in the vault.</source>
        <translation>{name} is {size_mb} MB; files up to {limit_mb} MB can be kept in the vault.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} could not be read ({reason}).</translation>
    </message>
    <message>
        <source>{name} claims to be an enormous image, too large to open safely; it was not added.</source>
        <translation>{name} claims to be an enormous image, too large to open safely; it was not added.</translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation>The backup could not be completed.</translation>
    </message>
    <message>
        <source>{path} is not a Jieqing backup file.</source>
        <translation>{path} is not a Jieqing backup file.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Jieqing. Please update Jieqing to restore it.</source>
        <translation>This backup was made by a newer version of Jieqing. Please update Jieqing to restore it.</translation>
    </message>
    <message>
        <source>This backup asks for settings no Jieqing would write, so it was refused without being opened.</source>
        <translation>This backup asks for settings no Jieqing would write, so it was refused without being opened.</translation>
    </message>
    <message>
        <source>Wrong backup password, or the backup file is damaged.</source>
        <translation>Wrong backup password, or the backup file is damaged.</translation>
    </message>
    <message>
        <source>The backup file is damaged ({detail}); nothing was restored from it.</source>
        <translation>The backup file is damaged ({detail}); nothing was restored from it.</translation>
    </message>
    <message>
        <source>The backup file is incomplete (it was cut short); nothing was restored from it.</source>
        <translation>The backup file is incomplete (it was cut short); nothing was restored from it.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This text is too long (at most {maximum} characters).</source>
        <translation>This text is too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>This amount is too large; please check it.</source>
        <translation>This amount is too large; please check it.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>This is not a number.</translation>
    </message>
    <message>
        <source>This is not a real date (use YYYY-MM-DD).</source>
        <translation>This is not a real date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This date is out of range; please check it.</source>
        <translation>This date is out of range; please check it.</translation>
    </message>
    <message>
        <source>Please choose one of the listed options.</source>
        <translation>Please choose one of the listed options.</translation>
    </message>
    <message>
        <source>The day basis must be 360 or 365.</source>
        <translation>The day basis must be 360 or 365.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>A rate cannot be negative.</translation>
    </message>
    <message>
        <source>This rate is implausibly high; please check it.</source>
        <translation>This rate is implausibly high; please check it.</translation>
    </message>
    <message>
        <source>The amount received cannot be more than the principal.</source>
        <translation>The amount received cannot be more than the principal.</translation>
    </message>
    <message>
        <source>The term must be 1 to {maximum} months.</source>
        <translation>The term must be 1 to {maximum} months.</translation>
    </message>
    <message>
        <source>The first due date must come after the loan date.</source>
        <translation>The first due date must come after the loan date.</translation>
    </message>
    <message>
        <source>This value is not valid; please check it.</source>
        <translation>This value is not valid; please check it.</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>Jieqing</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 1,234.56</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NegotiateWizard</name>
    <message>
        <source>Negotiate repayment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLoanWizard</name>
    <message>
        <source>Record a new loan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Type it again:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>New password, again</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character. A short sentence is easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A short sentence is easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words, digits or symbols.</source>
        <translation>Weak: easy to guess. Add more words, digits or symbols.</translation>
    </message>
    <message>
        <source>Fair: longer is safer.</source>
        <translation>Fair: longer is safer.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Very strong.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Negotiation: {request} — {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the lender say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer. If it is not in yet, choose “waiting” and a day to follow up; you can run this form again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to repay *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed rate *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing reminds you on this day. The regulator&apos;s complaint line and legal aid are free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDialogs</name>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Documents (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf *.m4a *.mp3 *.amr *.wav *.mp4 *.3gp);;All files (*)</source>
        <translation>Documents (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf *.m4a *.mp3 *.amr *.wav *.mp4 *.3gp);;All files (*)</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
</context>
<context>
    <name>PayeePage</name>
    <message>
        <source>I called the official hotline {hotline} and it confirmed this account belongs to the lender: remember it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s official customer service confirmed this account belongs to the lender: remember it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From where, to whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who received the money: it should be the lender or an account you know belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to (payee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the receipt shows it. The list holds the lender and accounts known for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screenshot of the payment or the receipt proves the payment later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction or order number on the receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of inactivity before locking</source>
        <translation>Minutes of inactivity before locking</translation>
    </message>
    <message>
        <source>When nobody uses Jieqing for this long, the vault locks itself.</source>
        <translation>When nobody uses Jieqing for this long, the vault locks itself.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Some figures are missing: go back and complete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to repay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True annual cost (APR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true cost counts every fee over the money you actually received. Press Finish to save the loan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>You can afford about ¥{amount} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proposed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal monthly payments towards what you owe today; the last one is smaller if less is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount a month *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment on *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>a year (annual rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day (daily rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month on the original amount (monthly fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× 360 days a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× 365 days a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the contract turns the daily rate into a yearly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.05</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPaymentWizard</name>
    <message>
        <source>Record a repayment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepaymentPage</name>
    <message>
        <source>How is it repaid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repayment method decides how each payment splits into principal and interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of monthly periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty rate (罚息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is collateral (a pledge or mortgage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Compare the first two payments in the app with the preview later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for one month after the loan date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the overdue rate the contract states, often 1.5 × the normal rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Prepare as proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say plainly why you cannot pay as planned, and what would let you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goes into the application letter: what happened, since when, and that you want to keep repaying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I lost my job in March and have found part-time work since June…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleWizard</name>
    <message>
        <source>Settle and close out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Note (how, with whom, reference no.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>After saving, the loan will be: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done. Keep the certificate and this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish to save these steps. You can come back and carry on at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock vault — Jieqing</source>
        <translation>Unlock vault — Jieqing</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Vault password</translation>
    </message>
    <message>
        <source>This is the demo vault, filled with made-up loans. Its password is: %1</source>
        <translation>This is the demo vault, filled with made-up loans. Its password is: %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <source>Type the vault&apos;s password.</source>
        <translation>Type the vault&apos;s password.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome — Jieqing</source>
        <translation>Welcome — Jieqing</translation>
    </message>
    <message>
        <source>Welcome to Jieqing (结清)</source>
        <translation>Welcome to Jieqing (结清)</translation>
    </message>
    <message>
        <source>Keep every loan, repayment receipt, talk with a lender and settlement certificate in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation>Keep every loan, repayment receipt, talk with a lender and settlement certificate in one encrypted file on this computer. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Start your own records, protected by a password you choose.</source>
        <translation>Start your own records, protected by a password you choose.</translation>
    </message>
    <message>
        <source>Open a vault file…</source>
        <translation>Open a vault file…</translation>
    </message>
    <message>
        <source>Use a vault you already have, for example one copied from another computer.</source>
        <translation>Use a vault you already have, for example one copied from another computer.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Look around a vault filled with made-up loans before you start your own.</source>
        <translation>Look around a vault filled with made-up loans before you start your own.</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
</TS>
