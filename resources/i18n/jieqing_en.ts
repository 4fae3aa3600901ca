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
        <translation>Shown everywhere as: {masked}</translation>
    </message>
    <message>
        <source>Jieqing shows only the last four digits.</source>
        <translation>Jieqing shows only the last four digits.</translation>
    </message>
    <message>
        <source>Which account pays it?</source>
        <translation>Which account pays it?</translation>
    </message>
    <message>
        <source>The card or wallet bound to this loan for repayments.</source>
        <translation>The card or wallet bound to this loan for repayments.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <source>An account I recorded before</source>
        <translation>An account I recorded before</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>A new account</translation>
    </message>
    <message>
        <source>Repayment account</source>
        <translation>Repayment account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Card or account no.</source>
        <translation>Card or account no.</translation>
    </message>
    <message>
        <source>e.g. 招商银行储蓄卡</source>
        <translation>e.g. 招商银行储蓄卡</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <source>Overdue installments: {before} → {after}</source>
        <translation>Overdue installments: {before} → {after}</translation>
    </message>
    <message>
        <source>Overdue amount: ¥{before} → ¥{after}</source>
        <translation>Overdue amount: ¥{before} → ¥{after}</translation>
    </message>
    <message>
        <source>Principal still owed: ¥{before} → ¥{after}</source>
        <translation>Principal still owed: ¥{before} → ¥{after}</translation>
    </message>
    <message>
        <source>¥{amount} is more than was due: it is kept as credit for the next installment.</source>
        <translation>¥{amount} is more than was due: it is kept as credit for the next installment.</translation>
    </message>
    <message>
        <source>This payment is dated before payments already recorded: those are allocated again after it. The table shows only what this payment pays.</source>
        <translation>This payment is dated before payments already recorded: those are allocated again after it. The table shows only what this payment pays.</translation>
    </message>
    <message>
        <source>This payment pays the loan off.</source>
        <translation>This payment pays the loan off.</translation>
    </message>
    <message>
        <source>How the payment is allocated</source>
        <translation>How the payment is allocated</translation>
    </message>
    <message>
        <source>Oldest installment first; within each: fees, then penalty interest, then interest, then principal. Press Finish to save.</source>
        <translation>Oldest installment first; within each: fees, then penalty interest, then interest, then principal. Press Finish to save.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Afterwards</translation>
    </message>
</context>
<context>
    <name>AmountPage</name>
    <message>
        <source>Leave empty if you received the whole amount.</source>
        <translation>Leave empty if you received the whole amount.</translation>
    </message>
    <message>
        <source>You received ¥{amount}.</source>
        <translation>You received ¥{amount}.</translation>
    </message>
    <message>
        <source>How much, when, at what rate?</source>
        <translation>How much, when, at what rate?</translation>
    </message>
    <message>
        <source>Type the figures exactly as the contract or the app states them; Jieqing works out the true cost later.</source>
        <translation>Type the figures exactly as the contract or the app states them; Jieqing works out the true cost later.</translation>
    </message>
    <message>
        <source>Loan amount *</source>
        <translation>Loan amount *</translation>
    </message>
    <message>
        <source>Fee kept back at payout</source>
        <translation>Fee kept back at payout</translation>
    </message>
    <message>
        <source>Date you got the money *</source>
        <translation>Date you got the money *</translation>
    </message>
    <message>
        <source>Rate *</source>
        <translation>Rate *</translation>
    </message>
    <message>
        <source>e.g. 0.05 % a day for 微粒贷, 借呗; 18 % a year; or a monthly fee rate such as 0.75 % on the original amount.</source>
        <translation>e.g. 0.05 % a day for 微粒贷, 借呗; 18 % a year; or a monthly fee rate such as 0.75 % on the original amount.</translation>
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
        <translation>Loan</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <source>Repaid so far</source>
        <translation>Repaid so far</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>Principal still owed</translation>
    </message>
    <message>
        <source>To clear it today</source>
        <translation>To clear it today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Stated rate</source>
        <translation>Stated rate</translation>
    </message>
    <message>
        <source>{rate} % a year</source>
        <translation>{rate} % a year</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Last due date</translation>
    </message>
    <message>
        <source>You can afford about &lt;b&gt;¥{amount}&lt;/b&gt; a month for repayments.</source>
        <translation>You can afford about &lt;b&gt;¥{amount}&lt;/b&gt; a month for repayments.</translation>
    </message>
    <message>
        <source>What can you afford?</source>
        <translation>What can you afford?</translation>
    </message>
    <message>
        <source>Start from your real budget: a plan you can keep is worth more than a promise you cannot.</source>
        <translation>Start from your real budget: a plan you can keep is worth more than a promise you cannot.</translation>
    </message>
    <message>
        <source>Income a month *</source>
        <translation>Income a month *</translation>
    </message>
    <message>
        <source>Essential spending a month *</source>
        <translation>Essential spending a month *</translation>
    </message>
    <message>
        <source>After tax, from all sources.</source>
        <translation>After tax, from all sources.</translation>
    </message>
    <message>
        <source>Rent, food, transport, medicine, children: what you cannot cut.</source>
        <translation>Rent, food, transport, medicine, children: what you cannot cut.</translation>
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
        <source>Type the backup's password.</source>
        <translation>Type the backup's password.</translation>
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
        <source>Use the backup's password for the restored vault</source>
        <translation>Use the backup's password for the restored vault</translation>
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
        <source>That is the vault you have open. To keep it as it is, choose another file to restore into; or press OK again to replace it.</source>
        <translation>That is the vault you have open. To keep it as it is, choose another file to restore into; or press OK again to replace it.</translation>
    </message>
    <message>
        <source>the backup's password</source>
        <translation>the backup's password</translation>
    </message>
    <message>
        <source>the new password you chose</source>
        <translation>the new password you chose</translation>
    </message>
    <message>
        <source>Replace the open vault?</source>
        <translation>Replace the open vault?</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>Lock and restore</translation>
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
        <source>You chose the vault you have open: {name}

Jieqing will lock it, restore the backup in its place and check everything. Your current vault is kept beside it, unchanged, under a dated name such as:
{aside}

If anything goes wrong, your current vault stays exactly as it is. Once restored, Jieqing asks for the password again: {password}.</source>
        <translation>You chose the vault you have open: {name}

Jieqing will lock it, restore the backup in its place and check everything. Your current vault is kept beside it, unchanged, under a dated name such as:
{aside}

If anything goes wrong, your current vault stays exactly as it is. Once restored, Jieqing asks for the password again: {password}.</translation>
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
        <source>About the settlement certificate (结清证明): </source>
        <translation>About the settlement certificate (结清证明): </translation>
    </message>
    <message>
        <source>Log a call or message about the certificate…</source>
        <translation>Log a call or message about the certificate…</translation>
    </message>
    <message>
        <source>Attach the certificate (a photo or the PDF from the app) so it is kept with the loan.</source>
        <translation>Attach the certificate (a photo or the PDF from the app) so it is kept with the loan.</translation>
    </message>
    <message>
        <source>A certificate is already kept in the vault for this loan; add a file only for a new copy.</source>
        <translation>A certificate is already kept in the vault for this loan; add a file only for a new copy.</translation>
    </message>
    <message>
        <source>The settlement certificate (结清证明)</source>
        <translation>The settlement certificate (结清证明)</translation>
    </message>
    <message>
        <source>It proves the loan is paid off. Get it only through the official app or official customer service — never from someone who asks for a fee.</source>
        <translation>It proves the loan is paid off. Get it only through the official app or official customer service — never from someone who asks for a fee.</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <translation>Not asked for yet</translation>
    </message>
    <message>
        <source>Requested, waiting for it</source>
        <translation>Requested, waiting for it</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>I have it</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>The certificate</translation>
    </message>
    <message>
        <source>Leave empty for a week after the request.</source>
        <translation>Leave empty for a week after the request.</translation>
    </message>
    <message>
        <source>Kept encrypted in the vault; print a copy as well.</source>
        <translation>Kept encrypted in the vault; print a copy as well.</translation>
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
    <name>Charts</name>
    <message>
        <source>Principal still owed</source>
        <translation>Principal still owed</translation>
    </message>
    <message>
        <source>Due each month</source>
        <translation>Due each month</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Principal still owed (yuan)</source>
        <translation>Principal still owed (yuan)</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>So far</translation>
    </message>
    <message>
        <source>If paid as planned</source>
        <translation>If paid as planned</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Due (yuan)</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Of which overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>Close the account</source>
        <translation>Close the account</translation>
    </message>
    <message>
        <source>In this order. Tick each step once it is done; leave the rest for later.</source>
        <translation>In this order. Tick each step once it is done; leave the rest for later.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Your payments paid this loan off on {date}.</source>
        <translation>Your payments paid this loan off on {date}.</translation>
    </message>
    <message>
        <source>Your recorded payments do not clear this loan yet (¥{amount} to clear it today). Record the last payment first, or check the figures with the lender.</source>
        <translation>Your recorded payments do not clear this loan yet (¥{amount} to clear it today). Record the last payment first, or check the figures with the lender.</translation>
    </message>
    <message>
        <source>Is the loan settled?</source>
        <translation>Is the loan settled?</translation>
    </message>
    <message>
        <source>Paying the last installment is not the end: confirm, keep the proof, check the credit report, then close the account.</source>
        <translation>Paying the last installment is not the end: confirm, keep the proof, check the credit report, then close the account.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Name or staff no.</source>
        <translation>Name or staff no.</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>Their number or account</translation>
    </message>
    <message>
        <source>What was said or asked *</source>
        <translation>What was said or asked *</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>Recording or screenshots</source>
        <translation>Recording or screenshots</translation>
    </message>
    <message>
        <source>e.g. customer service, staff no. 1024</source>
        <translation>e.g. customer service, staff no. 1024</translation>
    </message>
    <message>
        <source>e.g. 95384, or +63 912 …</source>
        <translation>e.g. 95384, or +63 912 …</translation>
    </message>
    <message>
        <source>A number starting with + or 00 (other than +86) is from abroad.</source>
        <translation>A number starting with + or 00 (other than +86) is from abroad.</translation>
    </message>
    <message>
        <source>In their words if you can, e.g. “asked me to pay into a safe account”</source>
        <translation>In their words if you can, e.g. “asked me to pay into a safe account”</translation>
    </message>
    <message>
        <source>Jieqing checks this text for common scam signs as you type.</source>
        <translation>Jieqing checks this text for common scam signs as you type.</translation>
    </message>
    <message>
        <source>What was agreed, refused or promised</source>
        <translation>What was agreed, refused or promised</translation>
    </message>
    <message>
        <source>e.g. call the official hotline to check</source>
        <translation>e.g. call the official hotline to check</translation>
    </message>
    <message>
        <source>High risk of a scam. Do not pay, share codes or share your screen.</source>
        <translation>High risk of a scam. Do not pay, share codes or share your screen.</translation>
    </message>
    <message>
        <source>Be careful: this is a common scam sign.</source>
        <translation>Be careful: this is a common scam sign.</translation>
    </message>
    <message>
        <source>What is true:</source>
        <translation>What is true:</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>Write down every call, message or visit: with the lender, a collector, a regulator or legal aid. A clear log protects you.</source>
        <translation>Write down every call, message or visit: with the lender, a collector, a regulator or legal aid. A clear log protects you.</translation>
    </message>
    <message>
        <source>About which loan</source>
        <translation>About which loan</translation>
    </message>
    <message>
        <source>(not about one loan)</source>
        <translation>(not about one loan)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Log each contact</source>
        <translation>Log each contact</translation>
    </message>
    <message>
        <source>Each call or chat about this request: fill in the form and press “Add to the log”; Next adds the one you are typing. You can skip this page.</source>
        <translation>Each call or chat about this request: fill in the form and press “Add to the log”; Next adds the one you are typing. You can skip this page.</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Add to the log</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>In the log (saved when you press Finish):</source>
        <translation>In the log (saved when you press Finish):</translation>
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
        <source>About the dispute (异议): the credit report does not show the loan as settled. </source>
        <translation>About the dispute (异议): the credit report does not show the loan as settled. </translation>
    </message>
    <message>
        <source>Log a call or message about the dispute…</source>
        <translation>Log a call or message about the dispute…</translation>
    </message>
    <message>
        <source>Check your credit report between {start} and {end} (30–45 days after payoff): the central bank's Credit Reference Center online service, or a bank or UnionPay app. Two reports a year are free.</source>
        <translation>Check your credit report between {start} and {end} (30–45 days after payoff): the central bank's Credit Reference Center online service, or a bank or UnionPay app. Two reports a year are free.</translation>
    </message>
    <message>
        <source>Check your credit report 30–45 days after the loan is paid off.</source>
        <translation>Check your credit report 30–45 days after the loan is paid off.</translation>
    </message>
    <message>
        <source>The report does not show 结清 yet. What to do:</source>
        <translation>The report does not show 结清 yet. What to do:</translation>
    </message>
    <message>
        <source>Send the settlement certificate to the lender and ask it to report the loan as settled.</source>
        <translation>Send the settlement certificate to the lender and ask it to report the loan as settled.</translation>
    </message>
    <message>
        <source>File a dispute (异议) with the Credit Reference Center or the lender; an answer is due within 20 days.</source>
        <translation>File a dispute (异议) with the Credit Reference Center or the lender; an answer is due within 20 days.</translation>
    </message>
    <message>
        <source>Note the date below: Jieqing sets a follow-up 20 days later.</source>
        <translation>Note the date below: Jieqing sets a follow-up 20 days later.</translation>
    </message>
    <message>
        <source>Check the credit report (征信)</source>
        <translation>Check the credit report (征信)</translation>
    </message>
    <message>
        <source>The account should show 结清 (status code 3, letter C in the monthly grid).</source>
        <translation>The account should show 结清 (status code 3, letter C in the monthly grid).</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>I have checked my credit report</source>
        <translation>I have checked my credit report</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Shows 结清?</source>
        <translation>Shows 结清?</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>Yes, settled</source>
        <translation>Yes, settled</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Credit Reference Center online service</source>
        <translation>Credit Reference Center online service</translation>
    </message>
    <message>
        <source>A bank's app</source>
        <translation>A bank's app</translation>
    </message>
    <message>
        <source>UnionPay app</source>
        <translation>UnionPay app</translation>
    </message>
    <message>
        <source>At a bank or credit-reference counter</source>
        <translation>At a bank or credit-reference counter</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Follow up on your last contact</source>
        <translation>Follow up on your last contact</translation>
    </message>
    <message>
        <source>Pull your credit report and check the loan shows 结清 (by %1)</source>
        <translation>Pull your credit report and check the loan shows 结清 (by %1)</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>Principal still owed</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>To do soon</source>
        <translation>To do soon</translation>
    </message>
    <message>
        <source>Follow-ups due soon</source>
        <translation>Follow-ups due soon</translation>
    </message>
    <message>
        <source>Nothing to follow up in the next two weeks.</source>
        <translation>Nothing to follow up in the next two weeks.</translation>
    </message>
    <message>
        <source>Loans by state</source>
        <translation>Loans by state</translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation>Working out your figures…</translation>
    </message>
    <message>
        <source>Solid: what you still owed at each month's end. Dashed: what you will owe if every installment is paid on time (anything overdue, now).</source>
        <translation>Solid: what you still owed at each month's end. Dashed: what you will owe if every installment is paid on time (anything overdue, now).</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Back up to a USB stick or another disk, so a lost or broken computer does not take your records with it.</source>
        <translation>Back up to a USB stick or another disk, so a lost or broken computer does not take your records with it.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>It is time for a new backup.</source>
        <translation>It is time for a new backup.</translation>
    </message>
    <message>
        <source>Checked and readable.</source>
        <translation>Checked and readable.</translation>
    </message>
    <message>
        <source>No loans yet. Add your first loan with File ▸ New loan (Ctrl+N): the overview then shows what you owe, what is due and what to do next.</source>
        <translation>No loans yet. Add your first loan with File ▸ New loan (Ctrl+N): the overview then shows what you owe, what is due and what to do next.</translation>
    </message>
    <message>
        <source>Next: ¥%1 to %2 on %3</source>
        <translation>Next: ¥%1 to %2 on %3</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>Show the %1 loans in state %2</source>
        <translation>Show the %1 loans in state %2</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n open loan(s); ¥%1 would pay them all off today</source>
        <translation>
            <numerusform>on %n open loan; ¥%1 would pay them all off today</numerusform>
            <numerusform>on %n open loans; ¥%1 would pay them all off today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n installment</numerusform>
            <numerusform>%n installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) overdue</source>
        <translation>
            <numerusform>%n installment overdue</numerusform>
            <numerusform>%n installments overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n loan(s)</source>
        <translation>
            <numerusform>on %n loan</numerusform>
            <numerusform>on %n loans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Optional. Click to choose a date; press Delete to clear it.</source>
        <translation>Optional. Click to choose a date; press Delete to clear it.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>No. {n} · due {due} · ¥{amount} · {status}</source>
        <translation>No. {n} · due {due} · ¥{amount} · {status}</translation>
    </message>
    <message>
        <source>({days} days late)</source>
        <translation>({days} days late)</translation>
    </message>
    <message>
        <source>Choose the loan first.</source>
        <translation>Choose the loan first.</translation>
    </message>
    <message>
        <source>Nothing is open on this loan: it looks paid off.</source>
        <translation>Nothing is open on this loan: it looks paid off.</translation>
    </message>
    <message>
        <source>The oldest open installments are ticked. Payments always settle the oldest debt first.</source>
        <translation>The oldest open installments are ticked. Payments always settle the oldest debt first.</translation>
    </message>
    <message>
        <source>To clear the whole loan today: ¥{amount}</source>
        <translation>To clear the whole loan today: ¥{amount}</translation>
    </message>
    <message>
        <source>Which payment?</source>
        <translation>Which payment?</translation>
    </message>
    <message>
        <source>Record each repayment as the receipt shows it.</source>
        <translation>Record each repayment as the receipt shows it.</translation>
    </message>
    <message>
        <source>Loan *</source>
        <translation>Loan *</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>Installments paid</translation>
    </message>
    <message>
        <source>Amount paid *</source>
        <translation>Amount paid *</translation>
    </message>
    <message>
        <source>Date paid *</source>
        <translation>Date paid *</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>How it was paid</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
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
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Sound or video</source>
        <translation>Sound or video</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Kept inside the encrypted vault when you press Finish.</source>
        <translation>Kept inside the encrypted vault when you press Finish.</translation>
    </message>
    <message>
        <source>Choose files to keep</source>
        <translation>Choose files to keep</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr *.wav);;All files (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr *.wav);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Still needed: {fields}</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>This date has already passed.</source>
        <translation>This date has already passed.</translation>
    </message>
    <message>
        <source>This is not an amount: type yuan, like 1,234.56.</source>
        <translation>This is not an amount: type yuan, like 1,234.56.</translation>
    </message>
    <message>
        <source>Choose a lender from the list, or type its name.</source>
        <translation>Choose a lender from the list, or type its name.</translation>
    </message>
    <message>
        <source>The fee kept back must be less than the loan amount.</source>
        <translation>The fee kept back must be less than the loan amount.</translation>
    </message>
    <message>
        <source>With this method, type the lender's schedule on the schedule page.</source>
        <translation>With this method, type the lender's schedule on the schedule page.</translation>
    </message>
    <message>
        <source>Add at least one installment.</source>
        <translation>Add at least one installment.</translation>
    </message>
    <message>
        <source>Every row needs a due date, principal and interest.</source>
        <translation>Every row needs a due date, principal and interest.</translation>
    </message>
    <message>
        <source>Each due date must come after the one before it.</source>
        <translation>Each due date must come after the one before it.</translation>
    </message>
    <message>
        <source>The principal column must add up to the loan amount.</source>
        <translation>The principal column must add up to the loan amount.</translation>
    </message>
    <message>
        <source>Choose the loan this payment was for.</source>
        <translation>Choose the loan this payment was for.</translation>
    </message>
    <message>
        <source>Type the account the money went to.</source>
        <translation>Type the account the money went to.</translation>
    </message>
    <message>
        <source>Say what the next step is.</source>
        <translation>Say what the next step is.</translation>
    </message>
    <message>
        <source>The follow-up date must come after the contact.</source>
        <translation>The follow-up date must come after the contact.</translation>
    </message>
    <message>
        <source>A reduction needs a reason: tick at least one hardship.</source>
        <translation>A reduction needs a reason: tick at least one hardship.</translation>
    </message>
    <message>
        <source>Choose 1 to 120 periods.</source>
        <translation>Choose 1 to 120 periods.</translation>
    </message>
    <message>
        <source>Choose a date to follow up.</source>
        <translation>Choose a date to follow up.</translation>
    </message>
    <message>
        <source>A contact in the log is incomplete: remove it and add it again.</source>
        <translation>A contact in the log is incomplete: remove it and add it again.</translation>
    </message>
    <message>
        <source>The new plan must start after the loan date.</source>
        <translation>The new plan must start after the loan date.</translation>
    </message>
    <message>
        <source>Another plan of this loan starts on this date; choose another day.</source>
        <translation>Another plan of this loan starts on this date; choose another day.</translation>
    </message>
    <message>
        <source>Fill in the agreed plan.</source>
        <translation>Fill in the agreed plan.</translation>
    </message>
    <message>
        <source>This date is before the loan was paid off.</source>
        <translation>This date is before the loan was paid off.</translation>
    </message>
    <message>
        <source>Cancel or freeze the credit line first: uninstalling the app alone closes nothing.</source>
        <translation>Cancel or freeze the credit line first: uninstalling the app alone closes nothing.</translation>
    </message>
    <message>
        <source>First confirm that the loan shows 已结清 (settled) in the official app.</source>
        <translation>First confirm that the loan shows 已结清 (settled) in the official app.</translation>
    </message>
    <message>
        <source>Say whether the report shows the loan settled.</source>
        <translation>Say whether the report shows the loan settled.</translation>
    </message>
    <message>
        <source>This is not an account recorded for this lender. A request to pay an unknown or personal account is a common scam sign. Before paying again, call the lender's official hotline (from its official app) and check the account.</source>
        <translation>This is not an account recorded for this lender. A request to pay an unknown or personal account is a common scam sign. Before paying again, call the lender's official hotline (from its official app) and check the account.</translation>
    </message>
    <message>
        <source>The loan has already matured. An extension (展期) must be asked for before the loan matures (Civil Code art. 678); now ask for restructuring instead.</source>
        <translation>The loan has already matured. An extension (展期) must be asked for before the loan matures (Civil Code art. 678); now ask for restructuring instead.</translation>
    </message>
    <message>
        <source>Your essential spending uses all your income: nothing is left for repayments. Say so in the request; legal aid can help you plan.</source>
        <translation>Your essential spending uses all your income: nothing is left for repayments. Say so in the request; legal aid can help you plan.</translation>
    </message>
    <message>
        <source>The amount per period is more than you can afford each month. Propose an amount you can keep paying, with more periods.</source>
        <translation>The amount per period is more than you can afford each month. Propose an amount you can keep paying, with more periods.</translation>
    </message>
    <message>
        <source>These payments add up to less than you owe now: the lender will read this as a request to reduce the debt.</source>
        <translation>These payments add up to less than you owe now: the lender will read this as a request to reduce the debt.</translation>
    </message>
    <message>
        <source>Asks you to move money to a 'safe', 'supervised' or personal account</source>
        <translation>Asks you to move money to a 'safe', 'supervised' or personal account</translation>
    </message>
    <message>
        <source>Asks you to share your screen or install a meeting app</source>
        <translation>Asks you to share your screen or install a meeting app</translation>
    </message>
    <message>
        <source>Asks for a verification code or a password</source>
        <translation>Asks for a verification code or a password</translation>
    </message>
    <message>
        <source>Asks you to add 'customer service' on QQ or WeChat</source>
        <translation>Asks you to add 'customer service' on QQ or WeChat</translation>
    </message>
    <message>
        <source>Sends a link to click</source>
        <translation>Sends a link to click</translation>
    </message>
    <message>
        <source>Asks you to borrow on other platforms to 'clear a limit'</source>
        <translation>Asks you to borrow on other platforms to 'clear a limit'</translation>
    </message>
    <message>
        <source>Asks for a fee first (deposit, unfreezing fee, handling fee)</source>
        <translation>Asks for a fee first (deposit, unfreezing fee, handling fee)</translation>
    </message>
    <message>
        <source>Talks about cancelling a 'student account'</source>
        <translation>Talks about cancelling a 'student account'</translation>
    </message>
    <message>
        <source>Talks about closing your loan account for you</source>
        <translation>Talks about closing your loan account for you</translation>
    </message>
    <message>
        <source>Threatens your credit record or a 'blacklist'</source>
        <translation>Threatens your credit record or a 'blacklist'</translation>
    </message>
    <message>
        <source>Offers to lower a rate that is 'too high'</source>
        <translation>Offers to lower a rate that is 'too high'</translation>
    </message>
    <message>
        <source>Claims to be a regulator, the central bank or the police</source>
        <translation>Claims to be a regulator, the central bank or the police</translation>
    </message>
    <message>
        <source>Offers to 'repair' or 'clean' a credit record</source>
        <translation>Offers to 'repair' or 'clean' a credit record</translation>
    </message>
    <message>
        <source>A paid agent offering to negotiate or stop interest</source>
        <translation>A paid agent offering to negotiate or stop interest</translation>
    </message>
    <message>
        <source>Wants money for a settlement certificate</source>
        <translation>Wants money for a settlement certificate</translation>
    </message>
    <message>
        <source>The call or message comes from a number abroad</source>
        <translation>The call or message comes from a number abroad</translation>
    </message>
    <message>
        <source>Lenders never ask you to move money to a 'safe account', for verification codes or to share your screen.</source>
        <translation>Lenders never ask you to move money to a 'safe account', for verification codes or to share your screen.</translation>
    </message>
    <message>
        <source>A credit record cannot be changed for a fee: only a dispute (异议) can correct a wrong record, and it is free.</source>
        <translation>A credit record cannot be changed for a fee: only a dispute (异议) can correct a wrong record, and it is free.</translation>
    </message>
    <message>
        <source>The Credit Reference Center and the regulators close no loan accounts.</source>
        <translation>The Credit Reference Center and the regulators close no loan accounts.</translation>
    </message>
    <message>
        <source>The central bank's one-time credit repair (overdue amounts up to 10,000 yuan repaid by 2026-03-31) happens automatically and costs nothing.</source>
        <translation>The central bank's one-time credit repair (overdue amounts up to 10,000 yuan repaid by 2026-03-31) happens automatically and costs nothing.</translation>
    </message>
    <message>
        <source>Check only through the lender's official app or the hotline it shows; never through a number or link the caller gives you.</source>
        <translation>Check only through the lender's official app or the hotline it shows; never through a number or link the caller gives you.</translation>
    </message>
    <message>
        <source>Medical records (diagnosis, hospital records)</source>
        <translation>Medical records (diagnosis, hospital records)</translation>
    </message>
    <message>
        <source>Medical bills and receipts</source>
        <translation>Medical bills and receipts</translation>
    </message>
    <message>
        <source>Termination letter or proof of leaving the job</source>
        <translation>Termination letter or proof of leaving the job</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>Unemployment registration</translation>
    </message>
    <message>
        <source>Certificates of the family event (e.g. death, illness or accident of a family member)</source>
        <translation>Certificates of the family event (e.g. death, illness or accident of a family member)</translation>
    </message>
    <message>
        <source>Bank statements showing the drop in income</source>
        <translation>Bank statements showing the drop in income</translation>
    </message>
    <message>
        <source>Ask again with more proof of hardship</source>
        <translation>Ask again with more proof of hardship</translation>
    </message>
    <message>
        <source>Complain to the local financial regulator</source>
        <translation>Complain to the local financial regulator</translation>
    </message>
    <message>
        <source>Ask legal aid for help</source>
        <translation>Ask legal aid for help</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above four times the one-year LPR at signing ({threshold} %).</source>
        <translation>The true annual cost ({apr} %) is above four times the one-year LPR at signing ({threshold} %).</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above the 24 % line used for licensed lenders.</source>
        <translation>The true annual cost ({apr} %) is above the 24 % line used for licensed lenders.</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above 24 %, the limit supported for contracts signed before 2020-08-20.</source>
        <translation>The true annual cost ({apr} %) is above 24 %, the limit supported for contracts signed before 2020-08-20.</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above 36 %: for contracts signed before 2020-08-20 the excess was void.</source>
        <translation>The true annual cost ({apr} %) is above 36 %: for contracts signed before 2020-08-20 the excess was void.</translation>
    </message>
    <message>
        <source>¥{amount} was kept back when the money was paid out (砍头息).</source>
        <translation>¥{amount} was kept back when the money was paid out (砍头息).</translation>
    </message>
    <message>
        <source>The LPR table has no rate for the signing date, so the four-times-LPR line could not be checked.</source>
        <translation>The LPR table has no rate for the signing date, so the four-times-LPR line could not be checked.</translation>
    </message>
    <message>
        <source>The LPR table may be out of date for this loan: the four-times-LPR line ({threshold} %) was checked against the newest fixing it has.</source>
        <translation>The LPR table may be out of date for this loan: the four-times-LPR line ({threshold} %) was checked against the newest fixing it has.</translation>
    </message>
    <message>
        <source>Supreme People's Court provisions on private lending (2020), art. 25: courts do not support interest above four times the one-year LPR at signing; overdue interest, penalties and fees together are capped the same way (arts. 28–29).</source>
        <translation>Supreme People's Court provisions on private lending (2020), art. 25: courts do not support interest above four times the one-year LPR at signing; overdue interest, penalties and fees together are capped the same way (arts. 28–29).</translation>
    </message>
    <message>
        <source>For banks, consumer-finance and small-loan companies, courts have used a comprehensive annual cost of 24 % (interest and all fees) as the line since 2017.</source>
        <translation>For banks, consumer-finance and small-loan companies, courts have used a comprehensive annual cost of 24 % (interest and all fees) as the line since 2017.</translation>
    </message>
    <message>
        <source>2015 private-lending provisions, art. 26: up to 24 % a year was supported; between 24 % and 36 % it could not be enforced.</source>
        <translation>2015 private-lending provisions, art. 26: up to 24 % a year was supported; between 24 % and 36 % it could not be enforced.</translation>
    </message>
    <message>
        <source>2015 private-lending provisions, art. 26: interest above 36 % a year was void and the excess paid could be reclaimed.</source>
        <translation>2015 private-lending provisions, art. 26: interest above 36 % a year was void and the excess paid could be reclaimed.</translation>
    </message>
    <message>
        <source>Interest may not be deducted from the principal in advance; the loan and its interest count on the amount actually received (Civil Code art. 670).</source>
        <translation>Interest may not be deducted from the principal in advance; the loan and its interest count on the amount actually received (Civil Code art. 670).</translation>
    </message>
    <message>
        <source>Add the LPR fixing for that date under Tools → LPR table….</source>
        <translation>Add the LPR fixing for that date under Tools → LPR table….</translation>
    </message>
    <message>
        <source>Courts use the one-year LPR in force when the contract was signed, and the newest fixing in the LPR table is more than two months older than that. Check the LPR (published on the 20th of each month) and add it under Tools → LPR table….</source>
        <translation>Courts use the one-year LPR in force when the contract was signed, and the newest fixing in the LPR table is more than two months older than that. Check the LPR (published on the 20th of each month) and add it under Tools → LPR table….</translation>
    </message>
    <message>
        <source>These checks compare your figures with published rules and court practice. They are information, not legal advice: confirm with a lawyer, legal aid or the financial regulator before relying on them.</source>
        <translation>These checks compare your figures with published rules and court practice. They are information, not legal advice: confirm with a lawyer, legal aid or the financial regulator before relying on them.</translation>
    </message>
    <message>
        <source>The loan shows 已结清 (settled) in the official app</source>
        <translation>The loan shows 已结清 (settled) in the official app</translation>
    </message>
    <message>
        <source>Settlement certificate (结清证明) requested</source>
        <translation>Settlement certificate (结清证明) requested</translation>
    </message>
    <message>
        <source>Settlement certificate obtained and kept</source>
        <translation>Settlement certificate obtained and kept</translation>
    </message>
    <message>
        <source>Collateral released</source>
        <translation>Collateral released</translation>
    </message>
    <message>
        <source>Credit report shows the loan settled</source>
        <translation>Credit report shows the loan settled</translation>
    </message>
    <message>
        <source>Dispute (异议) filed</source>
        <translation>Dispute (异议) filed</translation>
    </message>
    <message>
        <source>Credit line cancelled or frozen</source>
        <translation>Credit line cancelled or frozen</translation>
    </message>
    <message>
        <source>Bank card unbound, auto-debit stopped</source>
        <translation>Bank card unbound, auto-debit stopped</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>Personal data removed</translation>
    </message>
    <message>
        <source>App uninstalled (only after cancelling)</source>
        <translation>App uninstalled (only after cancelling)</translation>
    </message>
    <message>
        <source>Open the lender's official app and check that the loan is marked settled.</source>
        <translation>Open the lender's official app and check that the loan is marked settled.</translation>
    </message>
    <message>
        <source>Ask for the certificate only through the official app or official customer service.</source>
        <translation>Ask for the certificate only through the official app or official customer service.</translation>
    </message>
    <message>
        <source>Attach the certificate here and keep a printed copy too.</source>
        <translation>Attach the certificate here and keep a printed copy too.</translation>
    </message>
    <message>
        <source>For a secured loan, use the certificate to release the pledge or mortgage.</source>
        <translation>For a secured loan, use the certificate to release the pledge or mortgage.</translation>
    </message>
    <message>
        <source>30–45 days after payoff, pull your credit report and check the account shows 结清.</source>
        <translation>30–45 days after payoff, pull your credit report and check the account shows 结清.</translation>
    </message>
    <message>
        <source>Send the certificate to the lender and file a dispute (异议) with the credit reference center or the lender; an answer is due within 20 days.</source>
        <translation>Send the certificate to the lender and file a dispute (异议) with the credit reference center or the lender; an answer is due within 20 days.</translation>
    </message>
    <message>
        <source>A revolving line keeps showing as 授信 on your report until it is closed. If the app has no button for it, ask customer service to freeze the account.</source>
        <translation>A revolving line keeps showing as 授信 on your report until it is closed. If the app has no button for it, ask customer service to freeze the account.</translation>
    </message>
    <message>
        <source>Unbind the repayment card in the lender's app.</source>
        <translation>Unbind the repayment card in the lender's app.</translation>
    </message>
    <message>
        <source>Ask the platform to delete or correct the personal data it still holds.</source>
        <translation>Ask the platform to delete or correct the personal data it still holds.</translation>
    </message>
    <message>
        <source>Uninstalling alone closes nothing: uninstall only after the steps above.</source>
        <translation>Uninstalling alone closes nothing: uninstall only after the steps above.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Chat in the app</source>
        <translation>Chat in the app</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>Visit in person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The lender's official customer service</source>
        <translation>The lender's official customer service</translation>
    </message>
    <message>
        <source>A debt collector</source>
        <translation>A debt collector</translation>
    </message>
    <message>
        <source>A financial regulator</source>
        <translation>A financial regulator</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>Automatic debit (自动扣款)</source>
        <translation>Automatic debit (自动扣款)</translation>
    </message>
    <message>
        <source>Paid in the lender's app</source>
        <translation>Paid in the lender's app</translation>
    </message>
    <message>
        <source>At an offline store (线下门店)</source>
        <translation>At an offline store (线下门店)</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Equal installments (等额本息)</source>
        <translation>Equal installments (等额本息)</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>Equal principal (等额本金)</translation>
    </message>
    <message>
        <source>Interest first, principal at the end (先息后本)</source>
        <translation>Interest first, principal at the end (先息后本)</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>All at maturity (一次性还本付息)</translation>
    </message>
    <message>
        <source>Daily interest on what is owed (微粒贷 / 借呗 style)</source>
        <translation>Daily interest on what is owed (微粒贷 / 借呗 style)</translation>
    </message>
    <message>
        <source>As the lender's schedule shows (type it)</source>
        <translation>As the lender's schedule shows (type it)</translation>
    </message>
    <message>
        <source>Each period rounded, the last absorbs the rest (as lenders post)</source>
        <translation>Each period rounded, the last absorbs the rest (as lenders post)</translation>
    </message>
    <message>
        <source>Unrounded totals (as online calculators show)</source>
        <translation>Unrounded totals (as online calculators show)</translation>
    </message>
    <message>
        <source>Licensed lender (bank, consumer-finance or small-loan company)</source>
        <translation>Licensed lender (bank, consumer-finance or small-loan company)</translation>
    </message>
    <message>
        <source>Private lender (a person or an unlicensed company)</source>
        <translation>Private lender (a person or an unlicensed company)</translation>
    </message>
    <message>
        <source>Installment restructuring (协商分期)</source>
        <translation>Installment restructuring (协商分期)</translation>
    </message>
    <message>
        <source>Deferral / extension (展期)</source>
        <translation>Deferral / extension (展期)</translation>
    </message>
    <message>
        <source>Reduction of interest, penalty or principal</source>
        <translation>Reduction of interest, penalty or principal</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <source>A family event</source>
        <translation>A family event</translation>
    </message>
    <message>
        <source>Income dropped</source>
        <translation>Income dropped</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
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
        <source>Restructured</source>
        <translation>Restructured</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>Who lent you the money?</translation>
    </message>
    <message>
        <source>Pick the platform: Jieqing fills in the lender behind it and its official hotline. Check them against your contract.</source>
        <translation>Pick the platform: Jieqing fills in the lender behind it and its official hotline. Check them against your contract.</translation>
    </message>
    <message>
        <source>Platform *</source>
        <translation>Platform *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Lender (legal entity)</source>
        <translation>Lender (legal entity)</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>Official hotline</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Kind of lender</source>
        <translation>Kind of lender</translation>
    </message>
    <message>
        <source>Contract or loan no.</source>
        <translation>Contract or loan no.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Another lender (type its name)</source>
        <translation>Another lender (type its name)</translation>
    </message>
    <message>
        <source>A bank's consumer loan</source>
        <translation>A bank's consumer loan</translation>
    </message>
    <message>
        <source>A small-loan company (小额贷款公司)</source>
        <translation>A small-loan company (小额贷款公司)</translation>
    </message>
    <message>
        <source>Lenders you recorded before are at the end of the list.</source>
        <translation>Lenders you recorded before are at the end of the list.</translation>
    </message>
    <message>
        <source>{name} is already in your records: this loan is added to it, with the payee accounts remembered for it.</source>
        <translation>{name} is already in your records: this loan is added to it, with the payee accounts remembered for it.</translation>
    </message>
    <message>
        <source>The company named in the contract, e.g. 深圳前海微众银行 behind 微粒贷.</source>
        <translation>The company named in the contract, e.g. 深圳前海微众银行 behind 微粒贷.</translation>
    </message>
    <message>
        <source>Only use the number shown in the lender's official app.</source>
        <translation>Only use the number shown in the lender's official app.</translation>
    </message>
    <message>
        <source>As shown in the app or the contract</source>
        <translation>As shown in the app or the contract</translation>
    </message>
</context>
<context>
    <name>LenderSchedulePage</name>
    <message>
        <source>The lender's schedule matches the one Jieqing computed.</source>
        <translation>The lender's schedule matches the one Jieqing computed.</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>fees</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>only in Jieqing's schedule</source>
        <translation>only in Jieqing's schedule</translation>
    </message>
    <message>
        <source>only in the lender's schedule</source>
        <translation>only in the lender's schedule</translation>
    </message>
    <message>
        <source>No. {n}: {what} — Jieqing {ours}, lender {theirs}</source>
        <translation>No. {n}: {what} — Jieqing {ours}, lender {theirs}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Where the lender's figures differ (the lender's figures are kept):</source>
        <translation>Where the lender's figures differ (the lender's figures are kept):</translation>
    </message>
    <message>
        <source>Does the lender's schedule match?</source>
        <translation>Does the lender's schedule match?</translation>
    </message>
    <message>
        <source>Open the repayment plan in the lender's app. If its figures differ from Jieqing's, type the lender's: they win.</source>
        <translation>Open the repayment plan in the lender's app. If its figures differ from Jieqing's, type the lender's: they win.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Use the schedule Jieqing computes</source>
        <translation>Use the schedule Jieqing computes</translation>
    </message>
    <message>
        <source>Type the lender's schedule (prefilled with Jieqing's)</source>
        <translation>Type the lender's schedule (prefilled with Jieqing's)</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Due (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Principal ¥</source>
        <translation>Principal ¥</translation>
    </message>
    <message>
        <source>Interest ¥</source>
        <translation>Interest ¥</translation>
    </message>
    <message>
        <source>Fees ¥</source>
        <translation>Fees ¥</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Save the application letter</source>
        <translation>Save the application letter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written. {field}: {problem}</source>
        <translation>The letter could not be written. {field}: {problem}</translation>
    </message>
    <message>
        <source>The letter could not be saved: {reason}</source>
        <translation>The letter could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Income a month</source>
        <translation>Income a month</translation>
    </message>
    <message>
        <source>Essential spending a month</source>
        <translation>Essential spending a month</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Number of months</translation>
    </message>
    <message>
        <source>Amount a month</source>
        <translation>Amount a month</translation>
    </message>
    <message>
        <source>The loan's figures</source>
        <translation>The loan's figures</translation>
    </message>
    <message>
        <source>The application letter (协商还款申请书)</source>
        <translation>The application letter (协商还款申请书)</translation>
    </message>
    <message>
        <source>Optional: a letter with your loan's figures, your reasons and your plan, to send through the lender's official channels.</source>
        <translation>Optional: a letter with your loan's figures, your reasons and your plan, to send through the lender's official channels.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Your phone</translation>
    </message>
    <message>
        <source>ID card no.</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <source>Optional. Only add it when sending through an official channel.</source>
        <translation>Optional. Only add it when sending through an official channel.</translation>
    </message>
    <message>
        <source>Chinese lenders read Chinese: keep 简体中文 unless yours asked for English.</source>
        <translation>Chinese lenders read Chinese: keep 简体中文 unless yours asked for English.</translation>
    </message>
    <message>
        <source>Save the letter as PDF…</source>
        <translation>Save the letter as PDF…</translation>
    </message>
    <message>
        <source>The PDF is saved outside the vault and is not encrypted: keep it somewhere safe and delete it once sent.</source>
        <translation>The PDF is saved outside the vault and is not encrypted: keep it somewhere safe and delete it once sent.</translation>
    </message>
</context>
<context>
    <name>LoanDetail</name>
    <message>
        <source>Original plan</source>
        <translation>Original plan</translation>
    </message>
    <message>
        <source>Restructured plan (协商分期)</source>
        <translation>Restructured plan (协商分期)</translation>
    </message>
    <message>
        <source>Deferral (展期)</source>
        <translation>Deferral (展期)</translation>
    </message>
    <message>
        <source>Reduction agreed</source>
        <translation>Reduction agreed</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>%1 % a year</translation>
    </message>
    <message>
        <source>%1 % a day</source>
        <translation>%1 % a day</translation>
    </message>
    <message>
        <source>%1 % monthly fee on the original principal</source>
        <translation>%1 % monthly fee on the original principal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Interest and fees</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Penalty interest</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>From account</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>&amp;Record a repayment…</source>
        <translation>&amp;Record a repayment…</translation>
    </message>
    <message>
        <source>&amp;Negotiate…</source>
        <translation>&amp;Negotiate…</translation>
    </message>
    <message>
        <source>&amp;Settle and close…</source>
        <translation>&amp;Settle and close…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Log a &amp;contact…</translation>
    </message>
    <message>
        <source>Export settlement &amp;summary…</source>
        <translation>Export settlement &amp;summary…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Settlement checklist</source>
        <translation>Settlement checklist</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Lender (legal entity)</source>
        <translation>Lender (legal entity)</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>Borrowed on</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <source>Actually received</source>
        <translation>Actually received</translation>
    </message>
    <message>
        <source>Term and method</source>
        <translation>Term and method</translation>
    </message>
    <message>
        <source>Rate in the contract</source>
        <translation>Rate in the contract</translation>
    </message>
    <message>
        <source>True yearly cost (APR)</source>
        <translation>True yearly cost (APR)</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>Principal still owed</translation>
    </message>
    <message>
        <source>Interest and fees due, unpaid</source>
        <translation>Interest and fees due, unpaid</translation>
    </message>
    <message>
        <source>Penalty interest (罚息)</source>
        <translation>Penalty interest (罚息)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>New plan agreed</source>
        <translation>New plan agreed</translation>
    </message>
    <message>
        <source>To pay it all off today</source>
        <translation>To pay it all off today</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Paid so far</translation>
    </message>
    <message>
        <source>Paid off on</source>
        <translation>Paid off on</translation>
    </message>
    <message>
        <source>Rate checks</source>
        <translation>Rate checks</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Which plan to show</source>
        <translation>Which plan to show</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <source>Contacts with the lender</source>
        <translation>Contacts with the lender</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose a payment to see or add its receipts, or drop files on its row.</source>
        <translation>Choose a payment to see or add its receipts, or drop files on its row.</translation>
    </message>
    <message>
        <source>Click a contact’s date to see or add its screenshots and call recordings, or drop files on it.</source>
        <translation>Click a contact’s date to see or add its screenshots and call recordings, or drop files on it.</translation>
    </message>
    <message>
        <source>Choose a step to see or add its evidence (the settlement certificate, a credit report, the bank’s confirmation…), or drop files on its row.</source>
        <translation>Choose a step to see or add its evidence (the settlement certificate, a credit report, the bank’s confirmation…), or drop files on its row.</translation>
    </message>
    <message>
        <source>hotline %1</source>
        <translation>hotline %1</translation>
    </message>
    <message>
        <source>¥%1 (¥%2 kept back as a fee)</source>
        <translation>¥%1 (¥%2 kept back as a fee)</translation>
    </message>
    <message>
        <source>(%1 % a year as stated)</source>
        <translation>(%1 % a year as stated)</translation>
    </message>
    <message>
        <source>%1 (effective yearly rate %2)</source>
        <translation>%1 (effective yearly rate %2)</translation>
    </message>
    <message>
        <source>Cannot be worked out from these figures</source>
        <translation>Cannot be worked out from these figures</translation>
    </message>
    <message>
        <source>(at %1 on the overdue principal)</source>
        <translation>(at %1 on the overdue principal)</translation>
    </message>
    <message>
        <source>(penalty interest included)</source>
        <translation>(penalty interest included)</translation>
    </message>
    <message>
        <source>¥%1 on %2</source>
        <translation>¥%1 on %2</translation>
    </message>
    <message>
        <source>%1, takes effect on %2</source>
        <translation>%1, takes effect on %2</translation>
    </message>
    <message>
        <source>(¥%1 overpaid, kept as credit)</source>
        <translation>(¥%1 overpaid, kept as credit)</translation>
    </message>
    <message>
        <source>No rate warnings: the true yearly cost is within the lines we check.</source>
        <translation>No rate warnings: the true yearly cost is within the lines we check.</translation>
    </message>
    <message>
        <source>The rate could not be checked without the true yearly cost.</source>
        <translation>The rate could not be checked without the true yearly cost.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>takes effect on %1</source>
        <translation>takes effect on %1</translation>
    </message>
    <message>
        <source>Superseded on %1 by a newer plan; shown as it stood then.</source>
        <translation>Superseded on %1 by a newer plan; shown as it stood then.</translation>
    </message>
    <message>
        <source>Agreed, and takes effect on %1. Until then the plan in force still applies: nothing here is owed yet.</source>
        <translation>Agreed, and takes effect on %1. Until then the plan in force still applies: nothing here is owed yet.</translation>
    </message>
    <message>
        <source>Scheduled: ¥%1. Paying early changes the interest owed: it counts only the days the principal was actually owed.</source>
        <translation>Scheduled: ¥%1. Paying early changes the interest owed: it counts only the days the principal was actually owed.</translation>
    </message>
    <message>
        <source>Penalty interest on this installment’s overdue principal so far: ¥%1, of which ¥%2 is paid</source>
        <translation>Penalty interest on this installment’s overdue principal so far: ¥%1, of which ¥%2 is paid</translation>
    </message>
    <message>
        <source>Paid this many days after the due date</source>
        <translation>Paid this many days after the due date</translation>
    </message>
    <message>
        <source>%1 — not an account known for this lender</source>
        <translation>%1 — not an account known for this lender</translation>
    </message>
    <message>
        <source>No contacts logged yet. Log every call and message with the lender: when, who, what was said.</source>
        <translation>No contacts logged yet. Log every call and message with the lender: when, who, what was said.</translation>
    </message>
    <message>
        <source>Asked / said</source>
        <translation>Asked / said</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Paid off on %1. Check your credit report between %2 and %3: it should show the account as 结清 (settled).</source>
        <translation>Paid off on %1. Check your credit report between %2 and %3: it should show the account as 结清 (settled).</translation>
    </message>
    <message>
        <source>These steps start once the loan is paid off. Use “Settle and close” to record each one.</source>
        <translation>These steps start once the loan is paid off. Use “Settle and close” to record each one.</translation>
    </message>
    <message>
        <source>More documents of this loan, kept on its records (choose the record in its tab to see them): %1.</source>
        <translation>More documents of this loan, kept on its records (choose the record in its tab to see them): %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Receipts for the payment of ¥%1 on %2</source>
        <translation>Receipts for the payment of ¥%1 on %2</translation>
    </message>
    <message>
        <source>Documents of the contact on %1 (%2)</source>
        <translation>Documents of the contact on %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence for the step “%1”</source>
        <translation>Evidence for the step “%1”</translation>
    </message>
    <message>
        <source>Also link to…</source>
        <translation>Also link to…</translation>
    </message>
    <message>
        <source>Export settlement summary</source>
        <translation>Export settlement summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoanDetailCounts</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s), ¥%1 still owed</source>
        <translation>
            <numerusform>%n installment, ¥%1 still owed</numerusform>
            <numerusform>%n installments, ¥%1 still owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on payments</source>
        <translation>
            <numerusform>%n on payments</numerusform>
            <numerusform>%n on payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on contacts</source>
        <translation>
            <numerusform>%n on contacts</numerusform>
            <numerusform>%n on contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on checklist steps</source>
        <translation>
            <numerusform>%n on checklist steps</numerusform>
            <numerusform>%n on checklist steps</numerusform>
        </translation>
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
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <source>Show loans in this state</source>
        <translation>Show loans in this state</translation>
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
    <name>LoansTableCounts</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
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
        <translation>Outstanding (yuan)</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>True APR</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>Borrowed on</translation>
    </message>
    <message>
        <source>The true yearly cost, interest and all fees included, over the money you actually received (PBOC 2021 No. 3).</source>
        <translation>The true yearly cost, interest and all fees included, over the money you actually received (PBOC 2021 No. 3).</translation>
    </message>
    <message>
        <source>This rate may be above a line courts or regulators use. Open the loan to see why.</source>
        <translation>This rate may be above a line courts or regulators use. Open the loan to see why.</translation>
    </message>
    <message>
        <source>Rate warning</source>
        <translation>Rate warning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LogContactLink</name>
    <message>
        <source>Saved in your contact log ({count} from this form).</source>
        <translation>Saved in your contact log ({count} from this form).</translation>
    </message>
</context>
<context>
    <name>LogContactWizard</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
</context>
<context>
    <name>LprDialog</name>
    <message>
        <source>One-year LPR table</source>
        <translation>One-year LPR table</translation>
    </message>
    <message>
        <source>For loans from private lenders, Jieqing checks the true yearly cost against four times the one-year LPR in force when the contract was signed. The LPR is published on the 20th of each month: add newer fixings here, or correct one by typing its date with the right rate. Your fixings are kept in this vault and go into its backups.</source>
        <translation>For loans from private lenders, Jieqing checks the true yearly cost against four times the one-year LPR in force when the contract was signed. The LPR is published on the 20th of each month: add newer fixings here, or correct one by typing its date with the right rate. Your fixings are kept in this vault and go into its backups.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>One-year LPR</source>
        <translation>One-year LPR</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>One-year LPR fixings, newest first</source>
        <translation>One-year LPR fixings, newest first</translation>
    </message>
    <message>
        <source>Add or correct a fixing:</source>
        <translation>Add or correct a fixing:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Date the fixing took effect</source>
        <translation>Date the fixing took effect</translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation>&amp;Rate (%):</translation>
    </message>
    <message>
        <source>One-year LPR in percent</source>
        <translation>One-year LPR in percent</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Remove the fixing you added (bundled ones stay)</source>
        <translation>Remove the fixing you added (bundled ones stay)</translation>
    </message>
    <message>
        <source>The date must be between %1 (the first LPR) and today.</source>
        <translation>The date must be between %1 (the first LPR) and today.</translation>
    </message>
    <message>
        <source>A one-year LPR is between %1 % and %2 %; please check the rate.</source>
        <translation>A one-year LPR is between %1 % and %2 %; please check the rate.</translation>
    </message>
    <message>
        <source>Use at most two decimals, for example 3.45.</source>
        <translation>Use at most two decimals, for example 3.45.</translation>
    </message>
    <message>
        <source>Bundled with Jieqing</source>
        <translation>Bundled with Jieqing</translation>
    </message>
    <message>
        <source>Yours (bundled: %1)</source>
        <translation>Yours (bundled: %1)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Newest fixing: %1 from %2. A loan signed more than two months later is checked against it, with a note that the table may be out of date.</source>
        <translation>Newest fixing: %1 from %2. A loan signed more than two months later is checked against it, with a note that the table may be out of date.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Settlement summary saved: %1</source>
        <translation>Settlement summary saved: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Export as JSON (not encrypted)</source>
        <translation>Export as JSON (not encrypted)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>The JSON file will NOT be encrypted: anyone who can open it can read every loan, payment and contact in it. Keep it somewhere safe and delete it when you no longer need it.

Export to %1?</source>
        <translation>The JSON file will NOT be encrypted: anyone who can open it can read every loan, payment and contact in it. Keep it somewhere safe and delete it when you no longer need it.

Export to %1?</translation>
    </message>
    <message>
        <source>Exported every record to %1 (not encrypted).</source>
        <translation>Exported every record to %1 (not encrypted).</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>Jieqing</translation>
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
        <source>New &amp;loan…</source>
        <translation>New &amp;loan…</translation>
    </message>
    <message>
        <source>Add a loan with its repayment plan (Ctrl+N)</source>
        <translation>Add a loan with its repayment plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Record a repayment…</source>
        <translation>&amp;Record a repayment…</translation>
    </message>
    <message>
        <source>Record a repayment and keep its receipt (Ctrl+R)</source>
        <translation>Record a repayment and keep its receipt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Log a &amp;contact…</translation>
    </message>
    <message>
        <source>Note a call or message with a lender, a regulator or legal aid (Ctrl+K)</source>
        <translation>Note a call or message with a lender, a regulator or legal aid (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export &amp;binder (PDF)…</source>
        <translation>Export &amp;binder (PDF)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON (not encrypted)…</source>
        <translation>Export as &amp;JSON (not encrypted)…</translation>
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
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>&amp;Loans</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Filter loans</source>
        <translation>&amp;Filter loans</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
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
        <source>&amp;LPR table…</source>
        <translation>&amp;LPR table…</translation>
    </message>
    <message>
        <source>The one-year LPR fixings the rate checks use; add newer ones</source>
        <translation>The one-year LPR fixings the rate checks use; add newer ones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jieqing</source>
        <translation>&amp;About Jieqing</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Search loans, payments, contacts, notes (Ctrl+F)</source>
        <translation>Search loans, payments, contacts, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Search the vault</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>the file no longer exists</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>a read error</source>
        <translation>a read error</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>it changed while it was being read</translation>
    </message>
    <message>
        <source>the copy kept in the vault is damaged</source>
        <translation>the copy kept in the vault is damaged</translation>
    </message>
    <message>
        <source>a disk read or write failed</source>
        <translation>a disk read or write failed</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>the file could not be opened</translation>
    </message>
    <message>
        <source>Wrong password, or this file is damaged or not a Jieqing vault.</source>
        <translation>Wrong password, or this file is damaged or not a Jieqing vault.</translation>
    </message>
    <message>
        <source>The vault {path} is damaged: part of it can no longer be read. Please restore it from your latest backup (Restore from a backup…).</source>
        <translation>The vault {path} is damaged: part of it can no longer be read. Please restore it from your latest backup (Restore from a backup…).</translation>
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
        <source>This amount is not valid; please check it.</source>
        <translation>This amount is not valid; please check it.</translation>
    </message>
    <message>
        <source>This rate is not valid; please check it.</source>
        <translation>This rate is not valid; please check it.</translation>
    </message>
    <message>
        <source>This refers to a record that no longer exists; it may have been deleted.</source>
        <translation>This refers to a record that no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation>Other records still refer to this one, so it cannot be deleted.</translation>
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
        <translation>e.g. 1,234.56</translation>
    </message>
</context>
<context>
    <name>NegotiateWizard</name>
    <message>
        <source>Negotiate repayment</source>
        <translation>Negotiate repayment</translation>
    </message>
</context>
<context>
    <name>NewLoanWizard</name>
    <message>
        <source>Record a new loan</source>
        <translation>Record a new loan</translation>
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
        <translation>Negotiation: {request} — {outcome}</translation>
    </message>
    <message>
        <source>Next step *</source>
        <translation>Next step *</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>What did the lender say?</source>
        <translation>What did the lender say?</translation>
    </message>
    <message>
        <source>Record the answer. If it is not in yet, choose “waiting” and a day to follow up; you can run this form again later.</source>
        <translation>Record the answer. If it is not in yet, choose “waiting” and a day to follow up; you can run this form again later.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Date of the answer</translation>
    </message>
    <message>
        <source>New plan starts on</source>
        <translation>New plan starts on</translation>
    </message>
    <message>
        <source>Amount to repay *</source>
        <translation>Amount to repay *</translation>
    </message>
    <message>
        <source>Agreed rate *</source>
        <translation>Agreed rate *</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Number of months</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>First due date</translation>
    </message>
    <message>
        <source>Choose or type the next step</source>
        <translation>Choose or type the next step</translation>
    </message>
    <message>
        <source>Follow up on *</source>
        <translation>Follow up on *</translation>
    </message>
    <message>
        <source>Jieqing reminds you on this day. The regulator's complaint line and legal aid are free.</source>
        <translation>Jieqing reminds you on this day. The regulator's complaint line and legal aid are free.</translation>
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
        <source>Log a call or message about this payment…</source>
        <translation>Log a call or message about this payment…</translation>
    </message>
    <message>
        <source>About paying into {payee}: </source>
        <translation>About paying into {payee}: </translation>
    </message>
    <message>
        <source>I called the official hotline {hotline} and it confirmed this account belongs to the lender: remember it</source>
        <translation>I called the official hotline {hotline} and it confirmed this account belongs to the lender: remember it</translation>
    </message>
    <message>
        <source>The lender's official customer service confirmed this account belongs to the lender: remember it</source>
        <translation>The lender's official customer service confirmed this account belongs to the lender: remember it</translation>
    </message>
    <message>
        <source>From where, to whom?</source>
        <translation>From where, to whom?</translation>
    </message>
    <message>
        <source>Check who received the money: it should be the lender or an account you know belongs to it.</source>
        <translation>Check who received the money: it should be the lender or an account you know belongs to it.</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <source>Paid to (payee)</source>
        <translation>Paid to (payee)</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Receipt or screenshot</source>
        <translation>Receipt or screenshot</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>As the receipt shows it. The list holds the lender and accounts known for it.</source>
        <translation>As the receipt shows it. The list holds the lender and accounts known for it.</translation>
    </message>
    <message>
        <source>A screenshot of the payment or the receipt proves the payment later.</source>
        <translation>A screenshot of the payment or the receipt proves the payment later.</translation>
    </message>
    <message>
        <source>Transaction or order number on the receipt</source>
        <translation>Transaction or order number on the receipt</translation>
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
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation>&amp;Remind me to back up after:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days without a backup before a reminder</source>
        <translation>Days without a backup before a reminder</translation>
    </message>
    <message>
        <source>The overview reminds you when your last checked backup is this old.</source>
        <translation>The overview reminds you when your last checked backup is this old.</translation>
    </message>
    <message>
        <source>&amp;Largest document to keep:</source>
        <translation>&amp;Largest document to keep:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file size kept as a document</source>
        <translation>Largest file size kept as a document</translation>
    </message>
</context>
<context>
    <name>PrepayButton</name>
    <message>
        <source>What if I pay part &amp;early?…</source>
        <translation>What if I pay part &amp;early?…</translation>
    </message>
    <message>
        <source>See how paying part of this loan early changes what is left. Nothing is saved.</source>
        <translation>See how paying part of this loan early changes what is left. Nothing is saved.</translation>
    </message>
</context>
<context>
    <name>PrepayDialog</name>
    <message>
        <source>What if I pay part early?</source>
        <translation>What if I pay part early?</translation>
    </message>
    <message>
        <source>See what changes if you pay part of your %1 loan early: type an amount and a day.</source>
        <translation>See what changes if you pay part of your %1 loan early: type an amount and a day.</translation>
    </message>
    <message>
        <source>This is only a what-if: nothing is saved. The lender's own figures win: its app shows the exact amount before you pay.</source>
        <translation>This is only a what-if: nothing is saved. The lender's own figures win: its app shows the exact amount before you pay.</translation>
    </message>
    <message>
        <source>&amp;Amount paid early:</source>
        <translation>&amp;Amount paid early:</translation>
    </message>
    <message>
        <source>Amount paid early</source>
        <translation>Amount paid early</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Day you would pay it</source>
        <translation>Day you would pay it</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Afterwards:</translation>
    </message>
    <message>
        <source>Keep the &amp;term, lower the payment</source>
        <translation>Keep the &amp;term, lower the payment</translation>
    </message>
    <message>
        <source>Keep the &amp;payment, shorten the term</source>
        <translation>Keep the &amp;payment, shorten the term</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Next payment</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Interest saved</source>
        <translation>Interest saved</translation>
    </message>
    <message>
        <source>What is left to pay after this:</source>
        <translation>What is left to pay after this:</translation>
    </message>
    <message>
        <source>What is left to pay after this</source>
        <translation>What is left to pay after this</translation>
    </message>
    <message>
        <source>This loan follows the schedule you typed from the lender's app, so only the lender can work out what paying early changes. Ask the lender for its new figures (its app usually shows them before you pay).</source>
        <translation>This loan follows the schedule you typed from the lender's app, so only the lender can work out what paying early changes. Ask the lender for its new figures (its app usually shows them before you pay).</translation>
    </message>
    <message>
        <source>This loan is already paid off: there is nothing left to pay early.</source>
        <translation>This loan is already paid off: there is nothing left to pay early.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Type an amount above zero.</translation>
    </message>
    <message>
        <source>Interest on this loan is charged by the day: the money first pays the interest for the days so far, then this installment's principal; anything more lowers every later installment alike. The number of installments stays the same.</source>
        <translation>Interest on this loan is charged by the day: the money first pays the interest for the days so far, then this installment's principal; anything more lowers every later installment alike. The number of installments stays the same.</translation>
    </message>
    <message>
        <source>This loan has no regular payment to keep (interest first, or everything at the end): paying early lowers what is left, and the end date stays.</source>
        <translation>This loan has no regular payment to keep (interest first, or everything at the end): paying early lowers what is left, and the end date stays.</translation>
    </message>
    <message>
        <source>The loan started on %1: choose that day or later.</source>
        <translation>The loan started on %1: choose that day or later.</translation>
    </message>
    <message>
        <source>Your newest plan starts on %1: choose that day or later.</source>
        <translation>Your newest plan starts on %1: choose that day or later.</translation>
    </message>
    <message>
        <source>Your last recorded payment was on %1: choose that day or later (the what-if starts from what you have already paid).</source>
        <translation>Your last recorded payment was on %1: choose that day or later (the what-if starts from what you have already paid).</translation>
    </message>
    <message>
        <source>The last installment is due on %1: choose an earlier day.</source>
        <translation>The last installment is due on %1: choose an earlier day.</translation>
    </message>
    <message>
        <source>Everything left is due on %1, the last due date: choose an earlier day.</source>
        <translation>Everything left is due on %1, the last due date: choose an earlier day.</translation>
    </message>
    <message>
        <source>%1 is overdue by that day, and any payment goes to that first. Catch up on it first (record it as a repayment), then see what paying more early does.</source>
        <translation>%1 is overdue by that day, and any payment goes to that first. Catch up on it first (record it as a repayment), then see what paying more early does.</translation>
    </message>
    <message>
        <source>Keeping the payment finishes sooner and saves more interest; keeping the term makes each payment smaller.</source>
        <translation>Keeping the payment finishes sooner and saves more interest; keeping the term makes each payment smaller.</translation>
    </message>
    <message>
        <source>This pays the loan off. To clear it on %1 you would pay %2.</source>
        <translation>This pays the loan off. To clear it on %1 you would pay %2.</translation>
    </message>
    <message>
        <source>That is on top of the %1 due by then.</source>
        <translation>That is on top of the %1 due by then.</translation>
    </message>
    <message>
        <source>Once you have paid, record it as a repayment.</source>
        <translation>Once you have paid, record it as a repayment.</translation>
    </message>
    <message>
        <source>Of the %1, %2 pays the interest for the days so far and %3 goes to the principal.</source>
        <translation>Of the %1, %2 pays the interest for the days so far and %3 goes to the principal.</translation>
    </message>
    <message>
        <source>All of the %1 goes to the principal.</source>
        <translation>All of the %1 goes to the principal.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Interest and fees saved</source>
        <translation>Interest and fees saved</translation>
    </message>
    <message>
        <source>This assumes you also pay the %1 due by then, as scheduled.</source>
        <translation>This assumes you also pay the %1 due by then, as scheduled.</translation>
    </message>
    <message>
        <source>The %1 you have already paid toward these installments still counts toward them.</source>
        <translation>The %1 you have already paid toward these installments still counts toward them.</translation>
    </message>
    <message>
        <source>The fee is charged on the original amount every month, so paying early saves nothing unless the term gets shorter.</source>
        <translation>The fee is charged on the original amount every month, so paying early saves nothing unless the term gets shorter.</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unchanged)</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (instead of %2)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Some figures are missing: go back and complete them.</source>
        <translation>Some figures are missing: go back and complete them.</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Total to repay</source>
        <translation>Total to repay</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>Interest and fees</translation>
    </message>
    <message>
        <source>True annual cost (APR)</source>
        <translation>True annual cost (APR)</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>cannot be computed</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>Effective annual rate</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <source>The true cost counts every fee over the money you actually received. Press Finish to save the loan.</source>
        <translation>The true cost counts every fee over the money you actually received. Press Finish to save the loan.</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>You can afford about ¥{amount} a month.</source>
        <translation>You can afford about ¥{amount} a month.</translation>
    </message>
    <message>
        <source>Your proposed plan</source>
        <translation>Your proposed plan</translation>
    </message>
    <message>
        <source>Equal monthly payments towards what you owe today; the last one is smaller if less is left.</source>
        <translation>Equal monthly payments towards what you owe today; the last one is smaller if less is left.</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Number of months</translation>
    </message>
    <message>
        <source>Amount a month *</source>
        <translation>Amount a month *</translation>
    </message>
    <message>
        <source>First payment on *</source>
        <translation>First payment on *</translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>a year (annual rate)</source>
        <translation>a year (annual rate)</translation>
    </message>
    <message>
        <source>a day (daily rate)</source>
        <translation>a day (daily rate)</translation>
    </message>
    <message>
        <source>a month on the original amount (monthly fee)</source>
        <translation>a month on the original amount (monthly fee)</translation>
    </message>
    <message>
        <source>× 360 days a year</source>
        <translation>× 360 days a year</translation>
    </message>
    <message>
        <source>× 365 days a year</source>
        <translation>× 365 days a year</translation>
    </message>
    <message>
        <source>How the contract turns the daily rate into a yearly one</source>
        <translation>How the contract turns the daily rate into a yearly one</translation>
    </message>
    <message>
        <source>e.g. 0.05</source>
        <translation>e.g. 0.05</translation>
    </message>
</context>
<context>
    <name>RecordPaymentWizard</name>
    <message>
        <source>Record a repayment</source>
        <translation>Record a repayment</translation>
    </message>
</context>
<context>
    <name>RepaymentPage</name>
    <message>
        <source>The same day basis as the loan's rate</source>
        <translation>The same day basis as the loan's rate</translation>
    </message>
    <message>
        <source>A daily penalty rate counts {days} days a year, like the loan's rate.</source>
        <translation>A daily penalty rate counts {days} days a year, like the loan's rate.</translation>
    </message>
    <message>
        <source>How is it repaid?</source>
        <translation>How is it repaid?</translation>
    </message>
    <message>
        <source>The repayment method decides how each payment splits into principal and interest.</source>
        <translation>The repayment method decides how each payment splits into principal and interest.</translation>
    </message>
    <message>
        <source>Number of monthly periods</source>
        <translation>Number of monthly periods</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>First due date</translation>
    </message>
    <message>
        <source>Penalty rate (罚息)</source>
        <translation>Penalty rate (罚息)</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Secured loan</source>
        <translation>Secured loan</translation>
    </message>
    <message>
        <source>There is collateral (a pledge or mortgage)</source>
        <translation>There is collateral (a pledge or mortgage)</translation>
    </message>
    <message>
        <source>Not sure? Compare the first two payments in the app with the preview later.</source>
        <translation>Not sure? Compare the first two payments in the app with the preview later.</translation>
    </message>
    <message>
        <source>Leave empty for one month after the loan date.</source>
        <translation>Leave empty for one month after the loan date.</translation>
    </message>
    <message>
        <source>Optional: the overdue rate the contract states, often 1.5 × the normal rate.</source>
        <translation>Optional: the overdue rate the contract states, often 1.5 × the normal rate.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Prepare as proof:</source>
        <translation>Prepare as proof:</translation>
    </message>
    <message>
        <source>What will you ask for?</source>
        <translation>What will you ask for?</translation>
    </message>
    <message>
        <source>Say plainly why you cannot pay as planned, and what would let you pay.</source>
        <translation>Say plainly why you cannot pay as planned, and what would let you pay.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hardship</translation>
    </message>
    <message>
        <source>Reasons *</source>
        <translation>Reasons *</translation>
    </message>
    <message>
        <source>This goes into the application letter: what happened, since when, and that you want to keep repaying.</source>
        <translation>This goes into the application letter: what happened, since when, and that you want to keep repaying.</translation>
    </message>
    <message>
        <source>e.g. I lost my job in March and have found part-time work since June…</source>
        <translation>e.g. I lost my job in March and have found part-time work since June…</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Due next</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <source>Loan note</source>
        <translation>Loan note</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Payment note</source>
        <translation>Payment note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Asked / said</source>
        <translation>Asked / said</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Plan note</source>
        <translation>Plan note</translation>
    </message>
    <message>
        <source>Checklist note</source>
        <translation>Checklist note</translation>
    </message>
    <message>
        <source>Credit report source</source>
        <translation>Credit report source</translation>
    </message>
    <message>
        <source>Credit check note</source>
        <translation>Credit check note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type in the search box above and press Enter.</source>
        <translation>Type in the search box above and press Enter.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter part of the word, a contract or reference number.</source>
        <translation>Nothing found for “%1”. Try a shorter part of the word, a contract or reference number.</translation>
    </message>
</context>
<context>
    <name>SearchCounts</name>
    <message numerus="yes">
        <source>Loans (%n)</source>
        <translation>
            <numerusform>Loans (%n)</numerusform>
            <numerusform>Loans (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments (%n)</source>
        <translation>
            <numerusform>Payments (%n)</numerusform>
            <numerusform>Payments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter or double-click a result to open its loan.</source>
        <translation>
            <numerusform>%n result for “%1”. Press Enter or double-click a result to open its loan.</numerusform>
            <numerusform>%n results for “%1”. Press Enter or double-click a result to open its loan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettleWizard</name>
    <message>
        <source>Settle and close out</source>
        <translation>Settle and close out</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Note (how, with whom, reference no.)</source>
        <translation>Note (how, with whom, reference no.)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>After saving, the loan will be: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>After saving, the loan will be: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every step is done. Keep the certificate and this record.</source>
        <translation>Every step is done. Keep the certificate and this record.</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Still to do:</translation>
    </message>
    <message>
        <source>What is left</source>
        <translation>What is left</translation>
    </message>
    <message>
        <source>Press Finish to save these steps. You can come back and carry on at any time.</source>
        <translation>Press Finish to save these steps. You can come back and carry on at any time.</translation>
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
        <source>Type the vault's password.</source>
        <translation>Type the vault's password.</translation>
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
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>On a new computer: bring back your vault from a .jqbak backup file.</source>
        <translation>On a new computer: bring back your vault from a .jqbak backup file.</translation>
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
