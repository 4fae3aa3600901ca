<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jieqing</source>
        <translation>关于结清</translation>
    </message>
    <message>
        <source>Jieqing (结清) %1</source>
        <translation>结清 Jieqing %1</translation>
    </message>
    <message>
        <source>Your loan records, repayment receipts and settlement certificates, kept in one encrypted file on your own computer.</source>
        <translation>你的借款记录、还款凭证和结清证明，都加密保存在你自己电脑上的一个文件里。</translation>
    </message>
    <message>
        <source>Security: the vault is encrypted with SQLCipher (AES-256) under a key derived from your password with Argon2id; nothing is sent anywhere, and the vault locks itself when left idle.</source>
        <translation>安全：保险库用 SQLCipher（AES-256）加密，密钥由你的密码经 Argon2id 派生；任何数据都不会发送出去，闲置一段时间后保险库会自动锁定。</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>许可协议：%1。</translation>
    </message>
    <message>
        <source>Chinese font: %1, licence %2.</source>
        <translation>中文字体：%1，许可协议 %2。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault);;All files (*)</source>
        <translation>结清保险库 (*.jqvault);;所有文件 (*)</translation>
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
    <name>BackupDialogs</name>
    <message>
        <source>Save the backup as</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>Jieqing backups (*.jqbak)</source>
        <translation>结清备份 (*.jqbak)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Jieqing backups (*.jqbak);;All files (*)</source>
        <translation>结清备份 (*.jqbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault)</source>
        <translation>结清保险库 (*.jqvault)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. Keep it somewhere other than this computer (a USB stick, another disk). You may use your vault password for it.</source>
        <translation>备份是一个加密文件。请把它存放在这台电脑以外的地方（U 盘、另一块硬盘）。备份密码可以和保险库密码相同。</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>请选择备份的保存位置。</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>Reads the whole backup and checks every part of it. Nothing is written.</source>
        <translation>读取整个备份并逐一检查每个部分，不会写入任何内容。</translation>
    </message>
    <message>
        <source>Backup password:</source>
        <translation>备份密码：</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <source>Type the backup&apos;s password.</source>
        <translation>请输入备份的密码。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup is checked completely before anything is put in place. If you restore over an existing vault, that vault is kept beside it under a dated name, so nothing is lost.</source>
        <translation>恢复前会完整检查备份，检查通过后才会放到位。如果恢复到已有的保险库，原保险库会以带日期的名称保留在旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Use the backup&apos;s password for the restored vault</source>
        <translation>恢复后的保险库使用备份密码</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>恢复到：</translation>
    </message>
    <message>
        <source>Choose where to put the restored vault.</source>
        <translation>请选择恢复后保险库的位置。</translation>
    </message>
    <message>
        <source>That is the vault you have open. Choose a new file name; you can open the restored vault afterwards.</source>
        <translation>这是你当前打开的保险库。请另选一个文件名；恢复完成后可以再打开恢复的保险库。</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>检查备份(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Unlock a vault to back it up.</source>
        <translation>请先解锁一个保险库，再进行备份。</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>正在备份并检查备份…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>正在恢复并检查保险库…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>结清</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was written and checked: {path}</source>
        <translation>备份已写入并检查无误：{path}</translation>
    </message>
    <message>
        <source>The backup is intact</source>
        <translation>备份完好</translation>
    </message>
    <message>
        <source>Every part of the backup checked out. It was made on {date} and holds {count} records.</source>
        <translation>备份的每个部分都检查无误。备份时间 {date}，共 {count} 条记录。</translation>
    </message>
    <message>
        <source>The vault was restored and checked: {path}</source>
        <translation>保险库已恢复并检查无误：{path}</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as {path}</source>
        <translation>被替换的原保险库保留为 {path}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Jieqing hit a problem</source>
        <translation>结清遇到了问题</translation>
    </message>
    <message>
        <source>Jieqing hit a problem it did not expect; your data is safe. Nothing half-done was saved. You can keep working, or quit and start Jieqing again.

If it happens again, please copy the details below and send them to us. They contain no records and no password.</source>
        <translation>结清遇到了一个意料之外的问题；你的数据是安全的，做到一半的操作不会被保存。你可以继续使用，也可以退出后重新打开结清。

如果问题再次出现，请复制下面的详细信息发给我们。其中不含任何记录，也不含密码。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>Your records are kept in one encrypted file on this computer. Choose where it goes and the password that protects it.</source>
        <translation>你的记录会加密保存在这台电脑上的一个文件里。请选择文件存放的位置，并设置保护它的密码。</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>保险库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Vault file location</source>
        <translation>保险库文件位置</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember this password.&lt;/b&gt; Nobody can recover a forgotten password: not Jieqing, not its makers, not anyone. Without it the records cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;请记住这个密码。&lt;/b&gt;密码一旦忘记，谁也无法找回：结清不能，开发者不能，任何人都不能。没有密码，记录就无法打开。请把它写下来，放在安全的地方。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>Where should the vault go?</source>
        <translation>保险库存放在哪里？</translation>
    </message>
    <message>
        <source>Jieqing vaults (*.jqvault)</source>
        <translation>结清保险库 (*.jqvault)</translation>
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
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Filter by platform, contract no. or status</source>
        <translation>按平台、合同编号或状态筛选</translation>
    </message>
    <message>
        <source>Filter loans</source>
        <translation>筛选借款</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借款列表</translation>
    </message>
    <message>
        <source>No loans yet. Loans you add will be listed here with their status.</source>
        <translation>还没有借款记录。你添加的借款会连同状态一起列在这里。</translation>
    </message>
</context>
<context>
    <name>LoansTableModel</name>
    <message>
        <source>Repaying</source>
        <translation>正常还款中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <source>New plan agreed</source>
        <translation>已协商新方案</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>已结清销户</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Principal (yuan)</source>
        <translation>本金（元）</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>%1 — Jieqing</source>
        <translation>%1 — 结清</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter loans</source>
        <translation>筛选借款(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jieqing</source>
        <translation>关于结清(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong password, or this file is damaged or not a Jieqing vault.</source>
        <translation>密码不对，或者这个文件已损坏、不是结清保险库。</translation>
    </message>
    <message>
        <source>This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing.</source>
        <translation>这个文件不是结清保险库，或已损坏，或由更新版本的结清创建。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Jieqing. Please update Jieqing to open it.</source>
        <translation>这个保险库由更新版本的结清创建。请先更新结清再打开它。</translation>
    </message>
    <message>
        <source>There is no vault file at {path}.</source>
        <translation>在 {path} 找不到保险库文件。</translation>
    </message>
    <message>
        <source>A file already exists at {path}. Choose another name or folder.</source>
        <translation>{path} 已经有一个文件了。请换一个文件名或文件夹。</translation>
    </message>
    <message>
        <source>The vault {path} is already open in another Jieqing window. Switch to that window, or close it and try again.</source>
        <translation>保险库 {path} 已经在另一个结清窗口中打开。请切换到那个窗口，或者关闭它后再试。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>保险库已锁定。请解锁后继续。</translation>
    </message>
    <message>
        <source>Could not write to {path} ({reason}). Check that the disk has space and that you may write there.</source>
        <translation>无法写入 {path}（{reason}）。请检查磁盘空间是否充足，以及你是否有权限写入该位置。</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>这条记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>{name} could not be added to the vault.</source>
        <translation>{name} 无法存入保险库。</translation>
    </message>
    <message>
        <source>{name} is empty, so there is nothing to keep.</source>
        <translation>{name} 是空文件，没有可保存的内容。</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; files up to {limit_mb} MB can be kept in the vault.</source>
        <translation>{name} 大小为 {size_mb} MB；保险库最多可保存 {limit_mb} MB 的文件。</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} claims to be an enormous image, too large to open safely; it was not added.</source>
        <translation>{name} 声称是一张极大的图片，无法安全打开，因此没有添加。</translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation>备份未能完成。</translation>
    </message>
    <message>
        <source>{path} is not a Jieqing backup file.</source>
        <translation>{path} 不是结清备份文件。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Jieqing. Please update Jieqing to restore it.</source>
        <translation>这个备份由更新版本的结清创建。请先更新结清再恢复它。</translation>
    </message>
    <message>
        <source>This backup asks for settings no Jieqing would write, so it was refused without being opened.</source>
        <translation>这个备份要求的设置不可能由结清写出，因此没有打开就拒绝了它。</translation>
    </message>
    <message>
        <source>Wrong backup password, or the backup file is damaged.</source>
        <translation>备份密码不对，或者备份文件已损坏。</translation>
    </message>
    <message>
        <source>The backup file is damaged ({detail}); nothing was restored from it.</source>
        <translation>备份文件已损坏（{detail}）；没有从中恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup file is incomplete (it was cut short); nothing was restored from it.</source>
        <translation>备份文件不完整（被截断了）；没有从中恢复任何内容。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This text is too long (at most {maximum} characters).</source>
        <translation>文字太长（最多 {maximum} 个字符）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>This amount is too large; please check it.</source>
        <translation>金额过大，请检查。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>这不是一个数字。</translation>
    </message>
    <message>
        <source>This is not a real date (use YYYY-MM-DD).</source>
        <translation>这不是有效的日期（请用 年-月-日 格式，如 2024-03-15）。</translation>
    </message>
    <message>
        <source>This date is out of range; please check it.</source>
        <translation>日期超出范围，请检查。</translation>
    </message>
    <message>
        <source>Please choose one of the listed options.</source>
        <translation>请从列出的选项中选择一项。</translation>
    </message>
    <message>
        <source>The day basis must be 360 or 365.</source>
        <translation>计息天数基准必须是 360 或 365。</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>利率不能为负数。</translation>
    </message>
    <message>
        <source>This rate is implausibly high; please check it.</source>
        <translation>这个利率高得不合常理，请检查。</translation>
    </message>
    <message>
        <source>The amount received cannot be more than the principal.</source>
        <translation>实际到账金额不能大于本金。</translation>
    </message>
    <message>
        <source>The term must be 1 to {maximum} months.</source>
        <translation>期限必须在 1 到 {maximum} 个月之间。</translation>
    </message>
    <message>
        <source>The first due date must come after the loan date.</source>
        <translation>首个还款日必须在借款日期之后。</translation>
    </message>
    <message>
        <source>This value is not valid; please check it.</source>
        <translation>这个值无效，请检查。</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>结清</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>再输入一次(&amp;T)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>至少使用 %n 个字符。一句短句既安全又好记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words, digits or symbols.</source>
        <translation>弱：容易被猜到。请加入更多词语、数字或符号。</translation>
    </message>
    <message>
        <source>Fair: longer is safer.</source>
        <translation>一般：越长越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>很强。</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
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
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>闲置后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes of inactivity before locking</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source>When nobody uses Jieqing for this long, the vault locks itself.</source>
        <translation>结清闲置达到这个时长后，保险库会自动锁定。</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock vault — Jieqing</source>
        <translation>解锁保险库 — 结清</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>解锁你的保险库</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>This is the demo vault, filled with made-up loans. Its password is: %1</source>
        <translation>这是演示保险库，里面都是虚构的借款。它的密码是：%1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>打开其他保险库…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>新建保险库…</translation>
    </message>
    <message>
        <source>Type the vault&apos;s password.</source>
        <translation>请输入保险库的密码。</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome — Jieqing</source>
        <translation>欢迎 — 结清</translation>
    </message>
    <message>
        <source>Welcome to Jieqing (结清)</source>
        <translation>欢迎使用结清</translation>
    </message>
    <message>
        <source>Keep every loan, repayment receipt, talk with a lender and settlement certificate in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation>把每一笔借款、每一张还款凭证、每一次与贷款方的沟通和每一份结清证明，都加密保存在这台电脑上的一个文件里。任何内容都不会发送出去。</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>Start your own records, protected by a password you choose.</source>
        <translation>开始记录你自己的借款，用你设置的密码保护。</translation>
    </message>
    <message>
        <source>Open a vault file…</source>
        <translation>打开保险库文件…</translation>
    </message>
    <message>
        <source>Use a vault you already have, for example one copied from another computer.</source>
        <translation>使用你已有的保险库，例如从另一台电脑复制过来的。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Look around a vault filled with made-up loans before you start your own.</source>
        <translation>先在一个装满虚构借款的保险库里看看，再开始记录你自己的。</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>正在准备演示保险库…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
</TS>
