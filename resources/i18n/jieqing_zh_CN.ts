<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing (结清) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your loan records, repayment receipts and settlement certificates, kept in one encrypted file on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: the vault is encrypted with SQLCipher (AES-256) under a key derived from your password with Argon2id; nothing is sent anywhere, and the vault locks itself when left idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese font: %1, licence %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Settlement certificate</source>
        <translation>结清证明</translation>
    </message>
    <message>
        <source>Repayment receipt</source>
        <translation>还款凭证</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Negotiated agreement</source>
        <translation>协商协议</translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation>征信报告</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Adding documents to the vault…</source>
        <translation>正在把文件存入保险库…</translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>{name}: already in the vault; now linked here too.</source>
        <translation>{name}：保险库里已有这个文件，现在也关联到这里。</translation>
    </message>
    <message>
        <source>{name}: not added (cancelled).</source>
        <translation>{name}：未添加（已取消）。</translation>
    </message>
    <message>
        <source>{name}: not added. {reason}</source>
        <translation>{name}：未添加。{reason}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>剪贴板里没有可以添加的图片或文件。</translation>
    </message>
    <message>
        <source>Screenshot {when}.png</source>
        <translation>截图 {when}.png</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who can open the folder you choose can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>导出的副本不加密：任何能打开您所选文件夹的人都能看到它。请放在安全的地方，不再需要时请删除。</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? It stays in the vault, attached to {count} other record(s).</source>
        <translation>要从这条记录移除“{name}”吗？它仍保存在保险库中，并关联着另外 {count} 条记录。</translation>
    </message>
    <message>
        <source>Remove “{name}”? It is attached to nothing else, so it will be deleted from the vault.</source>
        <translation>要移除“{name}”吗？它没有关联其他记录，因此会从保险库中删除。</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop screenshots, photos, PDFs or call recordings here, or paste a screenshot with Ctrl+V. They are kept encrypted inside the vault.</source>
        <translation>把截图、照片、PDF 或通话录音拖到这里，或按 Ctrl+V 粘贴截图。它们会加密保存在保险库中。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Jieqing hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing hit a problem it did not expect; your data is safe. Nothing half-done was saved. You can keep working, or quit and start Jieqing again.

If it happens again, please copy the details below and send them to us. They contain no records and no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are kept in one encrypted file on this computer. Choose where it goes and the password that protects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember this password.&lt;/b&gt; Nobody can recover a forgotten password: not Jieqing, not its makers, not anyone. Without it the records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the vault go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>What it is</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date on the document</source>
        <translation>文件上的日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>文件详情</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>That password did not open the PDF. Try again:</source>
        <translation>密码不正确，无法打开这个 PDF。请重试：</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Enter it to view the PDF:</source>
        <translation>这个 PDF 有密码保护。请输入密码查看：</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>有密码保护的 PDF</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>This PDF is protected by a password; it was not opened.</source>
        <translation>这个 PDF 有密码保护，未打开。</translation>
    </message>
    <message>
        <source>This PDF could not be opened; it may be damaged. It is kept as it is.</source>
        <translation>无法打开这个 PDF，文件可能已损坏。它按原样保存着。</translation>
    </message>
    <message>
        <source>This image could not be shown; it may be damaged or incomplete. It is kept exactly as it was added.</source>
        <translation>无法显示这张图片，文件可能已损坏或不完整。它按添加时的原样保存着。</translation>
    </message>
    <message>
        <source>Sound cannot be played on this computer. The recording is kept safely.</source>
        <translation>这台电脑无法播放声音。录音已安全保存。</translation>
    </message>
    <message>
        <source>Jieqing cannot show this kind of file. It is kept safely in the vault.</source>
        <translation>结清无法显示这种文件。它已安全保存在保险库中。</translation>
    </message>
    <message>
        <source>This file looks damaged or incomplete; what could be read is shown.</source>
        <translation>这个文件似乎已损坏或不完整；下面显示能读取的部分。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Protected by a password</source>
        <translation>有密码保护</translation>
    </message>
    <message>
        <source>Looks damaged or incomplete: no preview</source>
        <translation>似乎已损坏或不完整：无预览</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Filter by platform, contract no. or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans yet. Loans you add will be listed here with their status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansTableModel</name>
    <message>
        <source>Repaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong password, or this file is damaged or not a Jieqing vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Jieqing. Please update Jieqing to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at {path}. Choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault {path} is already open in another Jieqing window. Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to {path} ({reason}). Check that the disk has space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most {maximum} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is too large; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a real date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is out of range; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the listed options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day basis must be 360 or 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rate is implausibly high; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received cannot be more than the principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must be 1 to {maximum} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date must come after the loan date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDialogs</name>
    <message>
        <source>Add documents</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Documents (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf *.m4a *.mp3 *.amr *.wav *.mp4 *.3gp);;All files (*)</source>
        <translation>文件 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf *.m4a *.mp3 *.amr *.wav *.mp4 *.3gp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of inactivity before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody uses Jieqing for this long, the vault locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock vault — Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault, filled with made-up loans. Its password is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vault&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome — Jieqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Jieqing (结清)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every loan, repayment receipt, talk with a lender and settlement certificate in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your own records, protected by a password you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a vault you already have, for example one copied from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around a vault filled with made-up loans before you start your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
