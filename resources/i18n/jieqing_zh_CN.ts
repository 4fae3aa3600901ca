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
    <name>AccountPage</name>
    <message>
        <source>Shown everywhere as: {masked}</source>
        <translation>各处显示为：{masked}</translation>
    </message>
    <message>
        <source>Jieqing shows only the last four digits.</source>
        <translation>结清只显示最后四位。</translation>
    </message>
    <message>
        <source>Which account pays it?</source>
        <translation>用哪个账户还款？</translation>
    </message>
    <message>
        <source>The card or wallet bound to this loan for repayments.</source>
        <translation>这笔借款绑定的还款银行卡或钱包。</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>暂不填写</translation>
    </message>
    <message>
        <source>An account I recorded before</source>
        <translation>以前记录过的账户</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <source>Repayment account</source>
        <translation>还款账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Card or account no.</source>
        <translation>卡号或账号</translation>
    </message>
    <message>
        <source>e.g. 招商银行储蓄卡</source>
        <translation>例如：招商银行储蓄卡</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <source>Overdue installments: {before} → {after}</source>
        <translation>逾期期数：{before} → {after}</translation>
    </message>
    <message>
        <source>Overdue amount: ¥{before} → ¥{after}</source>
        <translation>逾期金额：¥{before} → ¥{after}</translation>
    </message>
    <message>
        <source>Principal still owed: ¥{before} → ¥{after}</source>
        <translation>剩余本金：¥{before} → ¥{after}</translation>
    </message>
    <message>
        <source>¥{amount} is more than was due: it is kept as credit for the next installment.</source>
        <translation>多付的 ¥{amount} 会作为余额留用，抵扣下一期。</translation>
    </message>
    <message>
        <source>This payment is dated before payments already recorded: those are allocated again after it. The table shows only what this payment pays.</source>
        <translation>这笔还款的日期早于已记录的还款：那些还款会排在它之后重新分配。下表只列出这笔还款本身还了哪些部分。</translation>
    </message>
    <message>
        <source>This payment pays the loan off.</source>
        <translation>这笔还款还清了这笔借款。</translation>
    </message>
    <message>
        <source>How the payment is allocated</source>
        <translation>这笔还款如何冲抵</translation>
    </message>
    <message>
        <source>Oldest installment first; within each: fees, then penalty interest, then interest, then principal. Press Finish to save.</source>
        <translation>先还最早的一期；每期内依次冲抵：费用、罚息、利息、本金。点“完成”保存。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>还款后</translation>
    </message>
</context>
<context>
    <name>AmountPage</name>
    <message>
        <source>Leave empty if you received the whole amount.</source>
        <translation>如果全额到账，请留空。</translation>
    </message>
    <message>
        <source>You received ¥{amount}.</source>
        <translation>实际到账 ¥{amount}。</translation>
    </message>
    <message>
        <source>How much, when, at what rate?</source>
        <translation>借了多少、什么时候、利率多少？</translation>
    </message>
    <message>
        <source>Type the figures exactly as the contract or the app states them; Jieqing works out the true cost later.</source>
        <translation>请按合同或 App 上写的数字原样填写；真实成本由结清稍后计算。</translation>
    </message>
    <message>
        <source>Loan amount *</source>
        <translation>借款金额 *</translation>
    </message>
    <message>
        <source>Fee kept back at payout</source>
        <translation>放款时扣除的费用</translation>
    </message>
    <message>
        <source>Date you got the money *</source>
        <translation>到账日期 *</translation>
    </message>
    <message>
        <source>Rate *</source>
        <translation>利率 *</translation>
    </message>
    <message>
        <source>e.g. 0.05 % a day for 微粒贷, 借呗; 18 % a year; or a monthly fee rate such as 0.75 % on the original amount.</source>
        <translation>例如：微粒贷、借呗日利率 0.05%；年利率 18%；或按借款本金计算的月费率 0.75%。</translation>
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
    <name>AssessPage</name>
    <message>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Repaid so far</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>To clear it today</source>
        <translation>今天结清需还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Stated rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>{rate} % a year</source>
        <translation>年 {rate}%</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>最后还款日</translation>
    </message>
    <message>
        <source>You can afford about &lt;b&gt;¥{amount}&lt;/b&gt; a month for repayments.</source>
        <translation>你每月大约能拿出 &lt;b&gt;¥{amount}&lt;/b&gt; 用于还款。</translation>
    </message>
    <message>
        <source>What can you afford?</source>
        <translation>你每月能还多少？</translation>
    </message>
    <message>
        <source>Start from your real budget: a plan you can keep is worth more than a promise you cannot.</source>
        <translation>从真实的收支出发：能坚持下去的方案，胜过做不到的承诺。</translation>
    </message>
    <message>
        <source>Income a month *</source>
        <translation>每月收入 *</translation>
    </message>
    <message>
        <source>Essential spending a month *</source>
        <translation>每月必要支出 *</translation>
    </message>
    <message>
        <source>After tax, from all sources.</source>
        <translation>税后，所有来源合计。</translation>
    </message>
    <message>
        <source>Rent, food, transport, medicine, children: what you cannot cut.</source>
        <translation>房租、吃饭、交通、医药、子女：无法削减的开支。</translation>
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
        <translation>导出的副本不加密：任何能打开你所选文件夹的人都能看到它。请放在安全的地方，不再需要时请删除。</translation>
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
        <source>Type the backup's password.</source>
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
        <source>Use the backup's password for the restored vault</source>
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
        <source>That is the vault you have open. To keep it as it is, choose another file to restore into; or press OK again to replace it.</source>
        <translation>这是你当前打开的保险库。如果想让它保持不变，请另选一个文件来恢复；如果要替换它，请再次点击“确定”。</translation>
    </message>
    <message>
        <source>the backup's password</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>the new password you chose</source>
        <translation>你新设置的密码</translation>
    </message>
    <message>
        <source>Replace the open vault?</source>
        <translation>替换当前打开的保险库？</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>锁定并恢复</translation>
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
        <source>You chose the vault you have open: {name}

Jieqing will lock it, restore the backup in its place and check everything. Your current vault is kept beside it, unchanged, under a dated name such as:
{aside}

If anything goes wrong, your current vault stays exactly as it is. Once restored, Jieqing asks for the password again: {password}.</source>
        <translation>你选择的是当前打开的保险库：{name}

结清会先锁定它，再用备份在原处恢复，并检查全部内容。当前的保险库会原样保留在旁边，名称带有日期，例如：
{aside}

如果中途出现任何问题，当前的保险库会完全保持原样。恢复完成后，结清会再次询问密码：{password}。</translation>
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
    <name>BinderDialog</name>
    <message>
        <source>Export binder</source>
        <translation>导出结清档案</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借款</translation>
    </message>
    <message>
        <source>Only the loans ticked below</source>
        <translation>仅下面勾选的借款</translation>
    </message>
    <message>
        <source>Only payments, contacts and credit checks in this period</source>
        <translation>仅收录此期间内的还款、沟通和征信记录</translation>
    </message>
    <message>
        <source>Language of the binder</source>
        <translation>档案语言</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>The binder is a PDF with every selected loan, payment, contact and document, for a bank, a court or a lawyer. The PDF is not encrypted: anyone who can open the file can read it.</source>
        <translation>结清档案是一份 PDF 文件，汇编所选借款的全部还款、沟通记录和证据材料，可交给银行、法院或律师。该 PDF 未加密：任何能打开此文件的人都能阅读其内容。</translation>
    </message>
    <message>
        <source>Save the binder as</source>
        <translation>将结清档案保存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the binder…</source>
        <translation>正在生成结清档案…</translation>
    </message>
    <message>
        <source>The binder was saved: {path} ({pages} pages).</source>
        <translation>结清档案已保存：{path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>These documents could not be printed; their pages say why: {names}</source>
        <translation>以下材料无法打印，档案中相应页面说明了原因：{names}</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>该 PDF 未加密：请妥善保管，不再需要时请删除。</translation>
    </message>
    <message>
        <source>Cancelled; no binder was written.</source>
        <translation>已取消，未生成结清档案。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>About the settlement certificate (结清证明): </source>
        <translation>关于结清证明：</translation>
    </message>
    <message>
        <source>Log a call or message about the certificate…</source>
        <translation>记下关于结清证明的电话或消息…</translation>
    </message>
    <message>
        <source>Attach the certificate (a photo or the PDF from the app) so it is kept with the loan.</source>
        <translation>请附上结清证明（照片或 App 下载的 PDF），与这笔借款一起保存。</translation>
    </message>
    <message>
        <source>A certificate is already kept in the vault for this loan; add a file only for a new copy.</source>
        <translation>这笔贷款的结清证明已经保存在保险库里了；只有拿到新的一份时才需要再添加。</translation>
    </message>
    <message>
        <source>The settlement certificate (结清证明)</source>
        <translation>结清证明</translation>
    </message>
    <message>
        <source>It proves the loan is paid off. Get it only through the official app or official customer service — never from someone who asks for a fee.</source>
        <translation>它证明借款已还清。只通过官方 App 或官方客服获取——凡是要收费开证明的都不要相信。</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <translation>还没申请</translation>
    </message>
    <message>
        <source>Requested, waiting for it</source>
        <translation>已申请，等待中</translation>
    </message>
    <message>
        <source>I have it</source>
        <translation>已拿到</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>结清证明</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>Leave empty for a week after the request.</source>
        <translation>留空则为申请后一周。</translation>
    </message>
    <message>
        <source>Kept encrypted in the vault; print a copy as well.</source>
        <translation>加密保存在保险库中；也请打印一份。</translation>
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
    <name>Charts</name>
    <message>
        <source>Principal still owed</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <source>Due each month</source>
        <translation>每月应还</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Principal still owed (yuan)</source>
        <translation>尚欠本金（元）</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>If paid as planned</source>
        <translation>按计划还款</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due (yuan)</source>
        <translation>应还（元）</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>Close the account</source>
        <translation>注销账户</translation>
    </message>
    <message>
        <source>In this order. Tick each step once it is done; leave the rest for later.</source>
        <translation>请按顺序办理。完成一步勾选一步，其余可以以后再做。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Your payments paid this loan off on {date}.</source>
        <translation>根据你的还款记录，这笔借款已于 {date} 还清。</translation>
    </message>
    <message>
        <source>Your recorded payments do not clear this loan yet (¥{amount} to clear it today). Record the last payment first, or check the figures with the lender.</source>
        <translation>已记录的还款还没有结清这笔借款（今天结清还需 ¥{amount}）。请先记录最后一笔还款，或向贷款机构核对金额。</translation>
    </message>
    <message>
        <source>Is the loan settled?</source>
        <translation>借款结清了吗？</translation>
    </message>
    <message>
        <source>Paying the last installment is not the end: confirm, keep the proof, check the credit report, then close the account.</source>
        <translation>还完最后一期并不是结束：确认结清、保存证明、查征信，然后注销账户。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Name or staff no.</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>对方号码或账号</translation>
    </message>
    <message>
        <source>What was said or asked *</source>
        <translation>对方说了什么 / 你问了什么 *</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Recording or screenshots</source>
        <translation>录音或截图</translation>
    </message>
    <message>
        <source>e.g. customer service, staff no. 1024</source>
        <translation>例如：客服，工号 1024</translation>
    </message>
    <message>
        <source>e.g. 95384, or +63 912 …</source>
        <translation>例如：95384，或 +63 912 …</translation>
    </message>
    <message>
        <source>A number starting with + or 00 (other than +86) is from abroad.</source>
        <translation>以 + 或 00 开头（+86 除外）的号码来自境外。</translation>
    </message>
    <message>
        <source>In their words if you can, e.g. “asked me to pay into a safe account”</source>
        <translation>尽量记下对方原话，例如“让我把钱转到安全账户”</translation>
    </message>
    <message>
        <source>Jieqing checks this text for common scam signs as you type.</source>
        <translation>输入时，结清会检查其中常见的诈骗迹象。</translation>
    </message>
    <message>
        <source>What was agreed, refused or promised</source>
        <translation>同意了什么、拒绝了什么、承诺了什么</translation>
    </message>
    <message>
        <source>e.g. call the official hotline to check</source>
        <translation>例如：拨打官方客服电话核实</translation>
    </message>
    <message>
        <source>High risk of a scam. Do not pay, share codes or share your screen.</source>
        <translation>诈骗风险很高。不要转账、不要告诉验证码、不要共享屏幕。</translation>
    </message>
    <message>
        <source>Be careful: this is a common scam sign.</source>
        <translation>请小心：这是常见的诈骗迹象。</translation>
    </message>
    <message>
        <source>What is true:</source>
        <translation>事实是：</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Log a contact</source>
        <translation>记录一次沟通</translation>
    </message>
    <message>
        <source>Write down every call, message or visit: with the lender, a collector, a regulator or legal aid. A clear log protects you.</source>
        <translation>记下每一次电话、消息或上门：无论是贷款机构、催收、监管部门还是法律援助。清楚的记录能保护你。</translation>
    </message>
    <message>
        <source>About which loan</source>
        <translation>关于哪笔借款</translation>
    </message>
    <message>
        <source>(not about one loan)</source>
        <translation>（不针对某一笔借款）</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Log each contact</source>
        <translation>记录每次沟通</translation>
    </message>
    <message>
        <source>Each call or chat about this request: fill in the form and press “Add to the log”; Next adds the one you are typing. You can skip this page.</source>
        <translation>这次协商中的每一通电话或每一次聊天：填好表格后点“加入记录”；点“下一步”时，正在填写的这一条也会自动加入。这一页可以跳过。</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>加入记录</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>In the log (saved when you press Finish):</source>
        <translation>已记录（点“完成”时保存）：</translation>
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
    <name>CreditReportPage</name>
    <message>
        <source>About the dispute (异议): the credit report does not show the loan as settled. </source>
        <translation>关于异议：征信报告还没有显示这笔借款已结清。</translation>
    </message>
    <message>
        <source>Log a call or message about the dispute…</source>
        <translation>记下关于异议的电话或消息…</translation>
    </message>
    <message>
        <source>Check your credit report between {start} and {end} (30–45 days after payoff): the central bank's Credit Reference Center online service, or a bank or UnionPay app. Two reports a year are free.</source>
        <translation>请在 {start} 到 {end} 之间（还清后 30–45 天）查询个人征信：人民银行征信中心网上服务，或银行、云闪付 App。每年有两次免费查询。</translation>
    </message>
    <message>
        <source>Check your credit report 30–45 days after the loan is paid off.</source>
        <translation>请在借款还清后 30–45 天查询个人征信。</translation>
    </message>
    <message>
        <source>The report does not show 结清 yet. What to do:</source>
        <translation>征信还没有显示“结清”。可以这样做：</translation>
    </message>
    <message>
        <source>Send the settlement certificate to the lender and ask it to report the loan as settled.</source>
        <translation>把结清证明发给贷款机构，要求其报送结清状态。</translation>
    </message>
    <message>
        <source>File a dispute (异议) with the Credit Reference Center or the lender; an answer is due within 20 days.</source>
        <translation>向征信中心或贷款机构提出异议；应在 20 日内答复。</translation>
    </message>
    <message>
        <source>Note the date below: Jieqing sets a follow-up 20 days later.</source>
        <translation>在下面记下日期：结清会在 20 天后提醒跟进。</translation>
    </message>
    <message>
        <source>Check the credit report (征信)</source>
        <translation>查询征信</translation>
    </message>
    <message>
        <source>The account should show 结清 (status code 3, letter C in the monthly grid).</source>
        <translation>该账户应显示“结清”（账户状态 3，还款记录中为字母 C）。</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已查询</translation>
    </message>
    <message>
        <source>I have checked my credit report</source>
        <translation>我已查询个人征信</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>查询日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>查询渠道</translation>
    </message>
    <message>
        <source>Shows 结清?</source>
        <translation>是否显示结清？</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>征信报告</translation>
    </message>
    <message>
        <source>Yes, settled</source>
        <translation>是，已结清</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Credit Reference Center online service</source>
        <translation>人民银行征信中心网上服务</translation>
    </message>
    <message>
        <source>A bank's app</source>
        <translation>银行 App</translation>
    </message>
    <message>
        <source>UnionPay app</source>
        <translation>云闪付 App</translation>
    </message>
    <message>
        <source>At a bank or credit-reference counter</source>
        <translation>银行网点或征信查询柜台</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Follow up on your last contact</source>
        <translation>跟进上次联系</translation>
    </message>
    <message>
        <source>Pull your credit report and check the loan shows 结清 (by %1)</source>
        <translation>查询征信报告，确认这笔借款显示“结清”（%1 前）</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>未来 30 天应还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>To do soon</source>
        <translation>近期待办</translation>
    </message>
    <message>
        <source>Follow-ups due soon</source>
        <translation>近期需要跟进的事项</translation>
    </message>
    <message>
        <source>Nothing to follow up in the next two weeks.</source>
        <translation>未来两周没有需要跟进的事项。</translation>
    </message>
    <message>
        <source>Loans by state</source>
        <translation>各状态的借款</translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation>正在计算你的数据…</translation>
    </message>
    <message>
        <source>Solid: what you still owed at each month's end. Dashed: what you will owe if every installment is paid on time (anything overdue, now).</source>
        <translation>实线：每月月底尚欠的本金。虚线：如果每期按时还款（逾期的现在还清），今后尚欠的本金。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Back up to a USB stick or another disk, so a lost or broken computer does not take your records with it.</source>
        <translation>请备份到 U 盘或另一块硬盘，电脑丢失或损坏时记录不会随之丢失。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>It is time for a new backup.</source>
        <translation>该做一次新的备份了。</translation>
    </message>
    <message>
        <source>Checked and readable.</source>
        <translation>已校验，可以读取。</translation>
    </message>
    <message>
        <source>No loans yet. Add your first loan with File ▸ New loan (Ctrl+N): the overview then shows what you owe, what is due and what to do next.</source>
        <translation>还没有借款。用“文件 ▸ 新增借款”（Ctrl+N）添加第一笔借款后，总览会显示你欠多少、何时该还、下一步做什么。</translation>
    </message>
    <message>
        <source>Next: ¥%1 to %2 on %3</source>
        <translation>下一笔：%3 还 %2 ¥%1</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期。</translation>
    </message>
    <message>
        <source>Show the %1 loans in state %2</source>
        <translation>显示状态为“%2”的 %1 笔借款</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>已晚 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n open loan(s); ¥%1 would pay them all off today</source>
        <translation>
            <numerusform>共 %n 笔未结清借款；今天一次还清需 ¥%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) overdue</source>
        <translation>
            <numerusform>%n 期逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n loan(s)</source>
        <translation>
            <numerusform>涉及 %n 笔借款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Optional. Click to choose a date; press Delete to clear it.</source>
        <translation>选填。点击选择日期；按 Delete 清除。</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>No. {n} · due {due} · ¥{amount} · {status}</source>
        <translation>第 {n} 期 · {due} 到期 · ¥{amount} · {status}</translation>
    </message>
    <message>
        <source>({days} days late)</source>
        <translation>（逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Choose the loan first.</source>
        <translation>请先选择借款。</translation>
    </message>
    <message>
        <source>Nothing is open on this loan: it looks paid off.</source>
        <translation>这笔借款没有待还的期数：看起来已经还清。</translation>
    </message>
    <message>
        <source>The oldest open installments are ticked. Payments always settle the oldest debt first.</source>
        <translation>已勾选最早的未还期数。还款总是先冲抵最早到期的欠款。</translation>
    </message>
    <message>
        <source>To clear the whole loan today: ¥{amount}</source>
        <translation>今天全部结清需还：¥{amount}</translation>
    </message>
    <message>
        <source>Which payment?</source>
        <translation>哪一笔还款？</translation>
    </message>
    <message>
        <source>Record each repayment as the receipt shows it.</source>
        <translation>按还款凭证上的内容记录每一笔还款。</translation>
    </message>
    <message>
        <source>Loan *</source>
        <translation>借款 *</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>还的期数</translation>
    </message>
    <message>
        <source>Amount paid *</source>
        <translation>还款金额 *</translation>
    </message>
    <message>
        <source>Date paid *</source>
        <translation>还款日期 *</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2024-05-01</translation>
    </message>
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
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Sound or video</source>
        <translation>录音或视频</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
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
    <name>FileList</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Kept inside the encrypted vault when you press Finish.</source>
        <translation>点“完成”时加密保存在保险库中。</translation>
    </message>
    <message>
        <source>Choose files to keep</source>
        <translation>选择要保存的文件</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr *.wav);;All files (*)</source>
        <translation>图片和文档 (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr *.wav);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Still needed: {fields}</source>
        <translation>还需填写：{fields}</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期在未来。</translation>
    </message>
    <message>
        <source>This date has already passed.</source>
        <translation>这个日期已经过去了。</translation>
    </message>
    <message>
        <source>This is not an amount: type yuan, like 1,234.56.</source>
        <translation>这不是金额：请以元为单位填写，例如 1,234.56。</translation>
    </message>
    <message>
        <source>Choose a lender from the list, or type its name.</source>
        <translation>请从列表中选择贷款机构，或输入它的名称。</translation>
    </message>
    <message>
        <source>The fee kept back must be less than the loan amount.</source>
        <translation>放款时扣除的费用必须小于借款金额。</translation>
    </message>
    <message>
        <source>With this method, type the lender's schedule on the schedule page.</source>
        <translation>选择这种方式时，请在还款计划页输入贷款机构的还款计划。</translation>
    </message>
    <message>
        <source>Add at least one installment.</source>
        <translation>请至少添加一期。</translation>
    </message>
    <message>
        <source>Every row needs a due date, principal and interest.</source>
        <translation>每一行都需要应还日、本金和利息。</translation>
    </message>
    <message>
        <source>Each due date must come after the one before it.</source>
        <translation>每期应还日必须晚于上一期。</translation>
    </message>
    <message>
        <source>The principal column must add up to the loan amount.</source>
        <translation>本金一栏的合计必须等于借款金额。</translation>
    </message>
    <message>
        <source>Choose the loan this payment was for.</source>
        <translation>请选择这笔还款对应的借款。</translation>
    </message>
    <message>
        <source>Type the account the money went to.</source>
        <translation>请填写收款账户。</translation>
    </message>
    <message>
        <source>Say what the next step is.</source>
        <translation>请写下下一步做什么。</translation>
    </message>
    <message>
        <source>The follow-up date must come after the contact.</source>
        <translation>跟进日期必须在沟通之后。</translation>
    </message>
    <message>
        <source>A reduction needs a reason: tick at least one hardship.</source>
        <translation>申请减免需要理由：请至少勾选一项困难。</translation>
    </message>
    <message>
        <source>Choose 1 to 120 periods.</source>
        <translation>请选择 1 到 120 期。</translation>
    </message>
    <message>
        <source>Choose a date to follow up.</source>
        <translation>请选择跟进日期。</translation>
    </message>
    <message>
        <source>A contact in the log is incomplete: remove it and add it again.</source>
        <translation>记录中有一次沟通不完整：请删除后重新添加。</translation>
    </message>
    <message>
        <source>The new plan must start after the loan date.</source>
        <translation>新方案的开始日期必须晚于借款日期。</translation>
    </message>
    <message>
        <source>Another plan of this loan starts on this date; choose another day.</source>
        <translation>这笔借款已有另一个方案从这天开始；请换一天。</translation>
    </message>
    <message>
        <source>Fill in the agreed plan.</source>
        <translation>请填写协商达成的方案。</translation>
    </message>
    <message>
        <source>This date is before the loan was paid off.</source>
        <translation>这个日期早于借款还清的日期。</translation>
    </message>
    <message>
        <source>Cancel or freeze the credit line first: uninstalling the app alone closes nothing.</source>
        <translation>请先注销或冻结额度：仅仅卸载 App 不会关闭任何账户。</translation>
    </message>
    <message>
        <source>First confirm that the loan shows 已结清 (settled) in the official app.</source>
        <translation>请先确认官方 App 中这笔借款显示“已结清”。</translation>
    </message>
    <message>
        <source>Say whether the report shows the loan settled.</source>
        <translation>请选择征信是否显示已结清。</translation>
    </message>
    <message>
        <source>This is not an account recorded for this lender. A request to pay an unknown or personal account is a common scam sign. Before paying again, call the lender's official hotline (from its official app) and check the account.</source>
        <translation>这不是已记录的该贷款机构的账户。要求向陌生账户或个人账户还款，是常见的诈骗迹象。再次付款前，请拨打贷款机构官方客服电话（以官方 App 上显示的为准）核实账户。</translation>
    </message>
    <message>
        <source>The loan has already matured. An extension (展期) must be asked for before the loan matures (Civil Code art. 678); now ask for restructuring instead.</source>
        <translation>这笔借款已经到期。展期必须在借款到期前申请（《民法典》第六百七十八条）；现在请改为申请协商分期。</translation>
    </message>
    <message>
        <source>Your essential spending uses all your income: nothing is left for repayments. Say so in the request; legal aid can help you plan.</source>
        <translation>必要支出已经用完全部收入：没有余钱还款。请在申请中如实说明；法律援助可以帮你规划。</translation>
    </message>
    <message>
        <source>The amount per period is more than you can afford each month. Propose an amount you can keep paying, with more periods.</source>
        <translation>每期金额超过了你每月能承受的金额。请提出你能坚持还的金额，并增加期数。</translation>
    </message>
    <message>
        <source>These payments add up to less than you owe now: the lender will read this as a request to reduce the debt.</source>
        <translation>这些还款合计少于你现在的欠款：贷款机构会把它当作减免申请。</translation>
    </message>
    <message>
        <source>Asks you to move money to a 'safe', 'supervised' or personal account</source>
        <translation>要求你把钱转到“安全账户”“监管账户”或个人账户</translation>
    </message>
    <message>
        <source>Asks you to share your screen or install a meeting app</source>
        <translation>要求你共享屏幕或下载会议软件</translation>
    </message>
    <message>
        <source>Asks for a verification code or a password</source>
        <translation>索要验证码或密码</translation>
    </message>
    <message>
        <source>Asks you to add 'customer service' on QQ or WeChat</source>
        <translation>要求你加 QQ 或微信“客服”</translation>
    </message>
    <message>
        <source>Sends a link to click</source>
        <translation>发来链接让你点击</translation>
    </message>
    <message>
        <source>Asks you to borrow on other platforms to 'clear a limit'</source>
        <translation>要求你到其他平台借款“清空额度”</translation>
    </message>
    <message>
        <source>Asks for a fee first (deposit, unfreezing fee, handling fee)</source>
        <translation>要求先交费用（保证金、解冻费、手续费）</translation>
    </message>
    <message>
        <source>Talks about cancelling a 'student account'</source>
        <translation>声称要注销“学生账户 / 校园贷”</translation>
    </message>
    <message>
        <source>Talks about closing your loan account for you</source>
        <translation>声称要帮你关闭借款账户</translation>
    </message>
    <message>
        <source>Threatens your credit record or a 'blacklist'</source>
        <translation>以“影响征信”“上黑名单”相威胁</translation>
    </message>
    <message>
        <source>Offers to lower a rate that is 'too high'</source>
        <translation>声称“利率过高需要下调”</translation>
    </message>
    <message>
        <source>Claims to be a regulator, the central bank or the police</source>
        <translation>自称监管部门、央行或警察</translation>
    </message>
    <message>
        <source>Offers to 'repair' or 'clean' a credit record</source>
        <translation>声称可以“修复”“洗白”征信</translation>
    </message>
    <message>
        <source>A paid agent offering to negotiate or stop interest</source>
        <translation>收费代理协商、“停息挂账”</translation>
    </message>
    <message>
        <source>Wants money for a settlement certificate</source>
        <translation>开结清证明要收钱</translation>
    </message>
    <message>
        <source>The call or message comes from a number abroad</source>
        <translation>来电或消息来自境外号码</translation>
    </message>
    <message>
        <source>Lenders never ask you to move money to a 'safe account', for verification codes or to share your screen.</source>
        <translation>正规贷款机构从不会要求你转账到“安全账户”、索要验证码或要求共享屏幕。</translation>
    </message>
    <message>
        <source>A credit record cannot be changed for a fee: only a dispute (异议) can correct a wrong record, and it is free.</source>
        <translation>征信记录不能花钱修改：只有通过异议申请才能更正错误记录，而且是免费的。</translation>
    </message>
    <message>
        <source>The Credit Reference Center and the regulators close no loan accounts.</source>
        <translation>征信中心和监管部门不会替你关闭任何借款账户。</translation>
    </message>
    <message>
        <source>The central bank's one-time credit repair (overdue amounts up to 10,000 yuan repaid by 2026-03-31) happens automatically and costs nothing.</source>
        <translation>人民银行的一次性信用修复（逾期金额不超过 1 万元、2026 年 3 月 31 日前还清）是自动进行的，不收任何费用。</translation>
    </message>
    <message>
        <source>Check only through the lender's official app or the hotline it shows; never through a number or link the caller gives you.</source>
        <translation>只通过贷款机构官方 App 或其上显示的客服电话核实；不要使用对方提供的号码或链接。</translation>
    </message>
    <message>
        <source>Medical records (diagnosis, hospital records)</source>
        <translation>病历（诊断证明、住院记录）</translation>
    </message>
    <message>
        <source>Medical bills and receipts</source>
        <translation>医疗费用清单和发票</translation>
    </message>
    <message>
        <source>Termination letter or proof of leaving the job</source>
        <translation>解除劳动合同通知书或离职证明</translation>
    </message>
    <message>
        <source>Unemployment registration</source>
        <translation>失业登记证明</translation>
    </message>
    <message>
        <source>Certificates of the family event (e.g. death, illness or accident of a family member)</source>
        <translation>家庭变故的相关证明（如家人去世、患病或意外）</translation>
    </message>
    <message>
        <source>Bank statements showing the drop in income</source>
        <translation>显示收入下降的银行流水</translation>
    </message>
    <message>
        <source>Ask again with more proof of hardship</source>
        <translation>补充困难证明后再次申请</translation>
    </message>
    <message>
        <source>Complain to the local financial regulator</source>
        <translation>向当地金融监管部门投诉</translation>
    </message>
    <message>
        <source>Ask legal aid for help</source>
        <translation>向法律援助机构求助</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above four times the one-year LPR at signing ({threshold} %).</source>
        <translation>真实年化成本（{apr}%）高于签约时一年期 LPR 的四倍（{threshold}%）。</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above the 24 % line used for licensed lenders.</source>
        <translation>真实年化成本（{apr}%）高于持牌机构适用的 24% 界线。</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above 24 %, the limit supported for contracts signed before 2020-08-20.</source>
        <translation>真实年化成本（{apr}%）高于 24%，即 2020-08-20 前签订的合同受支持的上限。</translation>
    </message>
    <message>
        <source>The true annual cost ({apr} %) is above 36 %: for contracts signed before 2020-08-20 the excess was void.</source>
        <translation>真实年化成本（{apr}%）高于 36%：2020-08-20 前签订的合同，超出部分无效。</translation>
    </message>
    <message>
        <source>¥{amount} was kept back when the money was paid out (砍头息).</source>
        <translation>放款时预先扣除了 ¥{amount}（砍头息）。</translation>
    </message>
    <message>
        <source>The LPR table has no rate for the signing date, so the four-times-LPR line could not be checked.</source>
        <translation>LPR 表中没有签约日的利率，因此无法检查四倍 LPR 界线。</translation>
    </message>
    <message>
        <source>The LPR table may be out of date for this loan: the four-times-LPR line ({threshold} %) was checked against the newest fixing it has.</source>
        <translation>这笔借款可能要用更新的 LPR：四倍 LPR 上限（{threshold}%）是按 LPR 表里最新的一期算的，表可能已经过时。</translation>
    </message>
    <message>
        <source>Supreme People's Court provisions on private lending (2020), art. 25: courts do not support interest above four times the one-year LPR at signing; overdue interest, penalties and fees together are capped the same way (arts. 28–29).</source>
        <translation>依据：《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020 年修正）第二十五条，超过合同成立时一年期 LPR 四倍的利息不予支持；逾期利息、违约金和其他费用合计同样受此限制（第二十八、二十九条）。</translation>
    </message>
    <message>
        <source>For banks, consumer-finance and small-loan companies, courts have used a comprehensive annual cost of 24 % (interest and all fees) as the line since 2017.</source>
        <translation>依据：对银行、消费金融公司和小额贷款公司，法院自 2017 年以来以综合年化成本 24%（含利息和全部费用）为界线。</translation>
    </message>
    <message>
        <source>2015 private-lending provisions, art. 26: up to 24 % a year was supported; between 24 % and 36 % it could not be enforced.</source>
        <translation>依据：2015 年民间借贷司法解释第二十六条，年利率 24% 以内受支持；24% 至 36% 之间不能强制执行。</translation>
    </message>
    <message>
        <source>2015 private-lending provisions, art. 26: interest above 36 % a year was void and the excess paid could be reclaimed.</source>
        <translation>依据：2015 年民间借贷司法解释第二十六条，年利率超过 36% 的部分无效，已支付的超出部分可以要求返还。</translation>
    </message>
    <message>
        <source>Interest may not be deducted from the principal in advance; the loan and its interest count on the amount actually received (Civil Code art. 670).</source>
        <translation>依据：利息不得预先在本金中扣除；预先扣除的，按实际借款数额返还借款并计算利息（《民法典》第六百七十条）。</translation>
    </message>
    <message>
        <source>Add the LPR fixing for that date under Tools → LPR table….</source>
        <translation>请在“工具 → LPR 表…”中补上那一天的 LPR。</translation>
    </message>
    <message>
        <source>Courts use the one-year LPR in force when the contract was signed, and the newest fixing in the LPR table is more than two months older than that. Check the LPR (published on the 20th of each month) and add it under Tools → LPR table….</source>
        <translation>法院按合同签订时的一年期 LPR 计算上限，而 LPR 表里最新的一期比签约日早了两个多月。请查一下当时的 LPR（每月 20 日公布），并在“工具 → LPR 表…”中补上。</translation>
    </message>
    <message>
        <source>These checks compare your figures with published rules and court practice. They are information, not legal advice: confirm with a lawyer, legal aid or the financial regulator before relying on them.</source>
        <translation>这些检查只是把你的数字与公开规定和司法实践相比较，仅供参考，不构成法律意见：请先向律师、法律援助机构或金融监管部门确认。</translation>
    </message>
    <message>
        <source>The loan shows 已结清 (settled) in the official app</source>
        <translation>官方 App 中显示“已结清”</translation>
    </message>
    <message>
        <source>Settlement certificate (结清证明) requested</source>
        <translation>已申请结清证明</translation>
    </message>
    <message>
        <source>Settlement certificate obtained and kept</source>
        <translation>已拿到并保存结清证明</translation>
    </message>
    <message>
        <source>Collateral released</source>
        <translation>已解除抵押 / 质押</translation>
    </message>
    <message>
        <source>Credit report shows the loan settled</source>
        <translation>征信显示已结清</translation>
    </message>
    <message>
        <source>Dispute (异议) filed</source>
        <translation>已提出异议</translation>
    </message>
    <message>
        <source>Credit line cancelled or frozen</source>
        <translation>已注销或冻结额度</translation>
    </message>
    <message>
        <source>Bank card unbound, auto-debit stopped</source>
        <translation>已解绑银行卡、停止自动扣款</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>已删除个人信息</translation>
    </message>
    <message>
        <source>App uninstalled (only after cancelling)</source>
        <translation>已卸载 App（注销之后）</translation>
    </message>
    <message>
        <source>Open the lender's official app and check that the loan is marked settled.</source>
        <translation>打开贷款机构官方 App，确认这笔借款标记为已结清。</translation>
    </message>
    <message>
        <source>Ask for the certificate only through the official app or official customer service.</source>
        <translation>只通过官方 App 或官方客服申请结清证明。</translation>
    </message>
    <message>
        <source>Attach the certificate here and keep a printed copy too.</source>
        <translation>在这里附上结清证明，并保留一份纸质打印件。</translation>
    </message>
    <message>
        <source>For a secured loan, use the certificate to release the pledge or mortgage.</source>
        <translation>有抵押或质押的借款，凭结清证明办理解除手续。</translation>
    </message>
    <message>
        <source>30–45 days after payoff, pull your credit report and check the account shows 结清.</source>
        <translation>还清后 30–45 天查询个人征信，确认该账户显示“结清”。</translation>
    </message>
    <message>
        <source>Send the certificate to the lender and file a dispute (异议) with the credit reference center or the lender; an answer is due within 20 days.</source>
        <translation>把结清证明发给贷款机构，并向征信中心或贷款机构提出异议；应在 20 日内答复。</translation>
    </message>
    <message>
        <source>A revolving line keeps showing as 授信 on your report until it is closed. If the app has no button for it, ask customer service to freeze the account.</source>
        <translation>循环额度在注销前会一直以“授信”显示在征信上。如果 App 里找不到注销入口，请让客服冻结账户。</translation>
    </message>
    <message>
        <source>Unbind the repayment card in the lender's app.</source>
        <translation>在贷款机构 App 中解绑还款银行卡。</translation>
    </message>
    <message>
        <source>Ask the platform to delete or correct the personal data it still holds.</source>
        <translation>要求平台删除或修改仍保存的个人信息。</translation>
    </message>
    <message>
        <source>Uninstalling alone closes nothing: uninstall only after the steps above.</source>
        <translation>仅卸载不会关闭任何账户：请在完成上面各步之后再卸载。</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat in the app</source>
        <translation>App 在线客服</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>The lender's official customer service</source>
        <translation>贷款机构官方客服</translation>
    </message>
    <message>
        <source>A debt collector</source>
        <translation>催收人员</translation>
    </message>
    <message>
        <source>A financial regulator</source>
        <translation>金融监管部门</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Automatic debit (自动扣款)</source>
        <translation>自动扣款</translation>
    </message>
    <message>
        <source>Paid in the lender's app</source>
        <translation>在贷款机构 App 中还款</translation>
    </message>
    <message>
        <source>At an offline store (线下门店)</source>
        <translation>线下门店</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Equal installments (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest first, principal at the end (先息后本)</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>All at maturity (一次性还本付息)</source>
        <translation>一次性还本付息</translation>
    </message>
    <message>
        <source>Daily interest on what is owed (微粒贷 / 借呗 style)</source>
        <translation>按日计息（微粒贷 / 借呗 方式）</translation>
    </message>
    <message>
        <source>As the lender's schedule shows (type it)</source>
        <translation>按贷款机构的还款计划（手动输入）</translation>
    </message>
    <message>
        <source>Each period rounded, the last absorbs the rest (as lenders post)</source>
        <translation>每期四舍五入，尾差计入最后一期（贷款机构常用）</translation>
    </message>
    <message>
        <source>Unrounded totals (as online calculators show)</source>
        <translation>不逐期取整（网上计算器常用）</translation>
    </message>
    <message>
        <source>Licensed lender (bank, consumer-finance or small-loan company)</source>
        <translation>持牌机构（银行、消费金融公司或小额贷款公司）</translation>
    </message>
    <message>
        <source>Private lender (a person or an unlicensed company)</source>
        <translation>民间借贷（个人或无牌照公司）</translation>
    </message>
    <message>
        <source>Installment restructuring (协商分期)</source>
        <translation>协商分期</translation>
    </message>
    <message>
        <source>Deferral / extension (展期)</source>
        <translation>延期 / 展期</translation>
    </message>
    <message>
        <source>Reduction of interest, penalty or principal</source>
        <translation>减免利息、罚息或本金</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>A family event</source>
        <translation>家庭变故</translation>
    </message>
    <message>
        <source>Income dropped</source>
        <translation>收入下降</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>已协商分期</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
    <name>LenderPage</name>
    <message>
        <source>Who lent you the money?</source>
        <translation>钱是向谁借的？</translation>
    </message>
    <message>
        <source>Pick the platform: Jieqing fills in the lender behind it and its official hotline. Check them against your contract.</source>
        <translation>选择借款平台：结清会填上背后的放款机构和官方客服电话。请与合同核对。</translation>
    </message>
    <message>
        <source>Platform *</source>
        <translation>借款平台 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Lender (legal entity)</source>
        <translation>放款机构（合同主体）</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>官方客服电话</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Kind of lender</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>Contract or loan no.</source>
        <translation>合同号或借据号</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Another lender (type its name)</source>
        <translation>其他机构（请输入名称）</translation>
    </message>
    <message>
        <source>A bank's consumer loan</source>
        <translation>银行消费贷</translation>
    </message>
    <message>
        <source>A small-loan company (小额贷款公司)</source>
        <translation>小额贷款公司</translation>
    </message>
    <message>
        <source>Lenders you recorded before are at the end of the list.</source>
        <translation>以前记录过的机构在列表末尾。</translation>
    </message>
    <message>
        <source>{name} is already in your records: this loan is added to it, with the payee accounts remembered for it.</source>
        <translation>{name} 已在你的记录里：这笔借款会归到它名下，之前记住的收款账户也都还在。</translation>
    </message>
    <message>
        <source>The company named in the contract, e.g. 深圳前海微众银行 behind 微粒贷.</source>
        <translation>合同上写的公司，例如微粒贷背后的深圳前海微众银行。</translation>
    </message>
    <message>
        <source>Only use the number shown in the lender's official app.</source>
        <translation>只使用贷款机构官方 App 上显示的号码。</translation>
    </message>
    <message>
        <source>As shown in the app or the contract</source>
        <translation>按 App 或合同上显示的填写</translation>
    </message>
</context>
<context>
    <name>LenderSchedulePage</name>
    <message>
        <source>The lender's schedule matches the one Jieqing computed.</source>
        <translation>贷款机构的还款计划与结清计算的一致。</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>第 {row} 行「{column}」：{problem}</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>only in Jieqing's schedule</source>
        <translation>仅结清计算的计划中有</translation>
    </message>
    <message>
        <source>only in the lender's schedule</source>
        <translation>仅贷款机构的计划中有</translation>
    </message>
    <message>
        <source>No. {n}: {what} — Jieqing {ours}, lender {theirs}</source>
        <translation>第 {n} 期：{what} —— 结清 {ours}，贷款机构 {theirs}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <source>Where the lender's figures differ (the lender's figures are kept):</source>
        <translation>与贷款机构数字不同之处（以贷款机构的数字为准）：</translation>
    </message>
    <message>
        <source>Does the lender's schedule match?</source>
        <translation>与贷款机构的还款计划一致吗？</translation>
    </message>
    <message>
        <source>Open the repayment plan in the lender's app. If its figures differ from Jieqing's, type the lender's: they win.</source>
        <translation>打开贷款机构 App 中的还款计划。如果数字与结清计算的不同，请输入贷款机构的数字：以它为准。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Use the schedule Jieqing computes</source>
        <translation>使用结清计算的还款计划</translation>
    </message>
    <message>
        <source>Type the lender's schedule (prefilled with Jieqing's)</source>
        <translation>输入贷款机构的还款计划（已预填结清的计算结果）</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>应还日（年-月-日）</translation>
    </message>
    <message>
        <source>Principal ¥</source>
        <translation>本金 ¥</translation>
    </message>
    <message>
        <source>Interest ¥</source>
        <translation>利息 ¥</translation>
    </message>
    <message>
        <source>Fees ¥</source>
        <translation>费用 ¥</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Save the application letter</source>
        <translation>保存申请书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written. {field}: {problem}</source>
        <translation>申请书没能生成。{field}：{problem}</translation>
    </message>
    <message>
        <source>The letter could not be saved: {reason}</source>
        <translation>申请书未能保存：{reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>申请书语言</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Income a month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Essential spending a month</source>
        <translation>每月必要支出</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <source>Amount a month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <source>The loan's figures</source>
        <translation>借款数据</translation>
    </message>
    <message>
        <source>The application letter (协商还款申请书)</source>
        <translation>协商还款申请书</translation>
    </message>
    <message>
        <source>Optional: a letter with your loan's figures, your reasons and your plan, to send through the lender's official channels.</source>
        <translation>选填：一份包含借款数字、理由和还款方案的申请书，通过贷款机构官方渠道提交。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID card no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Optional. Only add it when sending through an official channel.</source>
        <translation>选填。只在通过官方渠道提交时填写。</translation>
    </message>
    <message>
        <source>Chinese lenders read Chinese: keep 简体中文 unless yours asked for English.</source>
        <translation>国内的放款机构看中文：除非对方要求英文，请保持“简体中文”。</translation>
    </message>
    <message>
        <source>Save the letter as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>The PDF is saved outside the vault and is not encrypted: keep it somewhere safe and delete it once sent.</source>
        <translation>PDF 保存在保险库之外，没有加密：请妥善保管，提交后删除。</translation>
    </message>
</context>
<context>
    <name>LoanDetail</name>
    <message>
        <source>Original plan</source>
        <translation>原始还款计划</translation>
    </message>
    <message>
        <source>Restructured plan (协商分期)</source>
        <translation>协商分期计划</translation>
    </message>
    <message>
        <source>Deferral (展期)</source>
        <translation>展期</translation>
    </message>
    <message>
        <source>Reduction agreed</source>
        <translation>已同意减免</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>年利率 %1 %</translation>
    </message>
    <message>
        <source>%1 % a day</source>
        <translation>日利率 %1 %</translation>
    </message>
    <message>
        <source>%1 % monthly fee on the original principal</source>
        <translation>按原始本金收取月费率 %1 %</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>应还</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和费用</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>&amp;Record a repayment…</source>
        <translation>记录还款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Negotiate…</source>
        <translation>协商(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settle and close…</source>
        <translation>结清与销户(&amp;S)…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>记录联系(&amp;C)…</translation>
    </message>
    <message>
        <source>Export settlement &amp;summary…</source>
        <translation>导出结清摘要(&amp;U)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Settlement checklist</source>
        <translation>结清清单</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Lender (legal entity)</source>
        <translation>出借方（法律主体）</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>借款金额</translation>
    </message>
    <message>
        <source>Actually received</source>
        <translation>实际到手</translation>
    </message>
    <message>
        <source>Term and method</source>
        <translation>期限和还款方式</translation>
    </message>
    <message>
        <source>Rate in the contract</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>True yearly cost (APR)</source>
        <translation>真实年化成本（APR）</translation>
    </message>
    <message>
        <source>Principal still owed</source>
        <translation>尚欠本金</translation>
    </message>
    <message>
        <source>Interest and fees due, unpaid</source>
        <translation>已到期未还的利息和费用</translation>
    </message>
    <message>
        <source>Penalty interest (罚息)</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>New plan agreed</source>
        <translation>已谈妥的新方案</translation>
    </message>
    <message>
        <source>To pay it all off today</source>
        <translation>今天一次还清需</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已还合计</translation>
    </message>
    <message>
        <source>Paid off on</source>
        <translation>结清日期</translation>
    </message>
    <message>
        <source>Rate checks</source>
        <translation>利率检查</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>还款计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Which plan to show</source>
        <translation>显示哪个还款计划</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>各期还款</translation>
    </message>
    <message>
        <source>Contacts with the lender</source>
        <translation>与出借方的联系</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Choose a payment to see or add its receipts, or drop files on its row.</source>
        <translation>选中一笔还款，就能查看或添加它的凭证；也可以把文件直接拖到这一行上。</translation>
    </message>
    <message>
        <source>Click a contact’s date to see or add its screenshots and call recordings, or drop files on it.</source>
        <translation>点一次联系的日期，就能查看或添加它的截图和通话录音；也可以把文件直接拖到这次联系上。</translation>
    </message>
    <message>
        <source>Choose a step to see or add its evidence (the settlement certificate, a credit report, the bank’s confirmation…), or drop files on its row.</source>
        <translation>选中一个步骤，就能查看或添加它的凭证（结清证明、征信报告、银行的确认……）；也可以把文件直接拖到这一行上。</translation>
    </message>
    <message>
        <source>hotline %1</source>
        <translation>客服电话 %1</translation>
    </message>
    <message>
        <source>¥%1 (¥%2 kept back as a fee)</source>
        <translation>¥%1（¥%2 作为费用被预先扣除）</translation>
    </message>
    <message>
        <source>(%1 % a year as stated)</source>
        <translation>（按合同口径年化 %1 %）</translation>
    </message>
    <message>
        <source>%1 (effective yearly rate %2)</source>
        <translation>%1（实际年利率 %2）</translation>
    </message>
    <message>
        <source>Cannot be worked out from these figures</source>
        <translation>无法根据这些数据算出</translation>
    </message>
    <message>
        <source>(at %1 on the overdue principal)</source>
        <translation>（按逾期本金的 %1 计收）</translation>
    </message>
    <message>
        <source>(penalty interest included)</source>
        <translation>（含罚息）</translation>
    </message>
    <message>
        <source>¥%1 on %2</source>
        <translation>%2 应还 ¥%1</translation>
    </message>
    <message>
        <source>%1, takes effect on %2</source>
        <translation>%1，%2 起生效</translation>
    </message>
    <message>
        <source>(¥%1 overpaid, kept as credit)</source>
        <translation>（多还 ¥%1，记为余额）</translation>
    </message>
    <message>
        <source>No rate warnings: the true yearly cost is within the lines we check.</source>
        <translation>没有利率警示：真实年化成本在我们检查的界线之内。</translation>
    </message>
    <message>
        <source>The rate could not be checked without the true yearly cost.</source>
        <translation>算不出真实年化成本，因此无法检查利率。</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>takes effect on %1</source>
        <translation>%1 起生效</translation>
    </message>
    <message>
        <source>Superseded on %1 by a newer plan; shown as it stood then.</source>
        <translation>已于 %1 被新计划取代；这里显示的是当时的情况。</translation>
    </message>
    <message>
        <source>Agreed, and takes effect on %1. Until then the plan in force still applies: nothing here is owed yet.</source>
        <translation>已谈妥，%1 起生效。在那之前仍按现行方案还款：这里列出的各期暂时还不用还。</translation>
    </message>
    <message>
        <source>Scheduled: ¥%1. Paying early changes the interest owed: it counts only the days the principal was actually owed.</source>
        <translation>计划利息：¥%1。提前还款会改变应付利息：利息只按本金实际占用的天数计算。</translation>
    </message>
    <message>
        <source>Penalty interest on this installment’s overdue principal so far: ¥%1, of which ¥%2 is paid</source>
        <translation>这一期逾期本金至今产生的罚息：¥%1，其中已还 ¥%2</translation>
    </message>
    <message>
        <source>Paid this many days after the due date</source>
        <translation>在到期日之后这么多天才还清</translation>
    </message>
    <message>
        <source>%1 — not an account known for this lender</source>
        <translation>%1 —— 不是该出借方的已知账户</translation>
    </message>
    <message>
        <source>No contacts logged yet. Log every call and message with the lender: when, who, what was said.</source>
        <translation>还没有联系记录。请记下与出借方的每次通话和消息：时间、对方是谁、说了什么。</translation>
    </message>
    <message>
        <source>Asked / said</source>
        <translation>提出 / 谈到</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Paid off on %1. Check your credit report between %2 and %3: it should show the account as 结清 (settled).</source>
        <translation>已于 %1 还清。请在 %2 至 %3 之间查询征信报告：该账户应显示为“结清”。</translation>
    </message>
    <message>
        <source>These steps start once the loan is paid off. Use “Settle and close” to record each one.</source>
        <translation>借款还清后开始这些步骤。用“结清与销户”逐项记录。</translation>
    </message>
    <message>
        <source>More documents of this loan, kept on its records (choose the record in its tab to see them): %1.</source>
        <translation>这笔借款的其他文件保存在各条记录上（在对应的标签页中选中记录即可查看）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Receipts for the payment of ¥%1 on %2</source>
        <translation>%2 还款 ¥%1 的凭证</translation>
    </message>
    <message>
        <source>Documents of the contact on %1 (%2)</source>
        <translation>%1 联系记录的文件（%2）</translation>
    </message>
    <message>
        <source>Evidence for the step “%1”</source>
        <translation>步骤“%1”的证明</translation>
    </message>
    <message>
        <source>Also link to…</source>
        <translation>同时关联到…</translation>
    </message>
    <message>
        <source>Export settlement summary</source>
        <translation>导出结清摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoanDetailCounts</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s), ¥%1 still owed</source>
        <translation>
            <numerusform>%n 期，尚欠 ¥%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on payments</source>
        <translation>
            <numerusform>还款记录上 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on contacts</source>
        <translation>
            <numerusform>联系记录上 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on checklist steps</source>
        <translation>
            <numerusform>结清清单步骤上 %n 份</numerusform>
        </translation>
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
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借款</translation>
    </message>
    <message>
        <source>Show loans in this state</source>
        <translation>只显示此状态的借款</translation>
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
    <name>LoansTableCounts</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 期逾期</numerusform>
        </translation>
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
        <source>Outstanding (yuan)</source>
        <translation>尚欠本金（元）</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下期还款日</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>下期应还</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>真实年化</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>The true yearly cost, interest and all fees included, over the money you actually received (PBOC 2021 No. 3).</source>
        <translation>按实际到手金额计算、含利息和全部费用的真实年化成本（人民银行公告〔2021〕第3号）。</translation>
    </message>
    <message>
        <source>This rate may be above a line courts or regulators use. Open the loan to see why.</source>
        <translation>这个利率可能超过法院或监管采用的界线。打开这笔借款查看原因。</translation>
    </message>
    <message>
        <source>Rate warning</source>
        <translation>利率警示</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LogContactLink</name>
    <message>
        <source>Saved in your contact log ({count} from this form).</source>
        <translation>已记入联系记录（本表单中记了 {count} 条）。</translation>
    </message>
</context>
<context>
    <name>LogContactWizard</name>
    <message>
        <source>Log a contact</source>
        <translation>记录一次沟通</translation>
    </message>
</context>
<context>
    <name>LprDialog</name>
    <message>
        <source>One-year LPR table</source>
        <translation>一年期 LPR 表</translation>
    </message>
    <message>
        <source>For loans from private lenders, Jieqing checks the true yearly cost against four times the one-year LPR in force when the contract was signed. The LPR is published on the 20th of each month: add newer fixings here, or correct one by typing its date with the right rate. Your fixings are kept in this vault and go into its backups.</source>
        <translation>对于向个人或非持牌机构的借款，结清会把真实年化成本与签约时一年期 LPR 的四倍相比较。LPR 每月 20 日公布：可以在这里补充新的报价；如果某一期有误，输入它的日期和正确的利率即可更正。你添加的报价保存在这个保险库里，也会一起进入备份。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>One-year LPR</source>
        <translation>一年期 LPR</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>One-year LPR fixings, newest first</source>
        <translation>一年期 LPR 报价，最新的在前</translation>
    </message>
    <message>
        <source>Add or correct a fixing:</source>
        <translation>添加或更正一期报价：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Date the fixing took effect</source>
        <translation>这期报价开始生效的日期</translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation>利率 (%)(&amp;R)：</translation>
    </message>
    <message>
        <source>One-year LPR in percent</source>
        <translation>一年期 LPR，单位为百分比</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>Remove the fixing you added (bundled ones stay)</source>
        <translation>删除你添加的报价（软件自带的会保留）</translation>
    </message>
    <message>
        <source>The date must be between %1 (the first LPR) and today.</source>
        <translation>日期需要在 %1（第一期 LPR）和今天之间。</translation>
    </message>
    <message>
        <source>A one-year LPR is between %1 % and %2 %; please check the rate.</source>
        <translation>一年期 LPR 应在 %1% 到 %2% 之间，请核对一下利率。</translation>
    </message>
    <message>
        <source>Use at most two decimals, for example 3.45.</source>
        <translation>最多保留两位小数，例如 3.45。</translation>
    </message>
    <message>
        <source>Bundled with Jieqing</source>
        <translation>软件自带</translation>
    </message>
    <message>
        <source>Yours (bundled: %1)</source>
        <translation>你添加的（软件自带：%1）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你添加的</translation>
    </message>
    <message>
        <source>Newest fixing: %1 from %2. A loan signed more than two months later is checked against it, with a note that the table may be out of date.</source>
        <translation>最新一期：%2 起为 %1。比它晚两个多月签订的借款仍按这一期核对，并会提示 LPR 表可能已过时。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Settlement summary saved: %1</source>
        <translation>结清摘要已保存：%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Export as JSON (not encrypted)</source>
        <translation>导出为 JSON（不加密）</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>The JSON file will NOT be encrypted: anyone who can open it can read every loan, payment and contact in it. Keep it somewhere safe and delete it when you no longer need it.

Export to %1?</source>
        <translation>JSON 文件不会加密：任何能打开它的人都能读到其中每一笔借款、还款和联系记录。请妥善保管，不再需要时删除。

导出到 %1 吗？</translation>
    </message>
    <message>
        <source>Exported every record to %1 (not encrypted).</source>
        <translation>所有记录已导出到 %1（未加密）。</translation>
    </message>
    <message>
        <source>Jieqing</source>
        <translation>结清</translation>
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
        <source>New &amp;loan…</source>
        <translation>新增借款(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a loan with its repayment plan (Ctrl+N)</source>
        <translation>添加一笔借款及其还款计划（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Record a repayment…</source>
        <translation>记录还款(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a repayment and keep its receipt (Ctrl+R)</source>
        <translation>记录一笔还款并保存凭证（Ctrl+R）</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>记录联系(&amp;C)…</translation>
    </message>
    <message>
        <source>Note a call or message with a lender, a regulator or legal aid (Ctrl+K)</source>
        <translation>记下与出借方、监管部门或法律援助的一次通话或消息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Export &amp;binder (PDF)…</source>
        <translation>导出档案册 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON (not encrypted)…</source>
        <translation>导出为 &amp;JSON（不加密）…</translation>
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
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>借款(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter loans</source>
        <translation>筛选借款(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
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
        <source>&amp;LPR table…</source>
        <translation>LPR 表(&amp;L)…</translation>
    </message>
    <message>
        <source>The one-year LPR fixings the rate checks use; add newer ones</source>
        <translation>利率检查所用的一年期 LPR 报价；可以补充新的报价</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jieqing</source>
        <translation>关于结清(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search loans, payments, contacts, notes (Ctrl+F)</source>
        <translation>搜索借款、还款、联系记录、备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>在保险库中搜索</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>文件已不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>a read error</source>
        <translation>读取出错</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>读取过程中文件发生了变化</translation>
    </message>
    <message>
        <source>the copy kept in the vault is damaged</source>
        <translation>保存在保险库中的副本已损坏</translation>
    </message>
    <message>
        <source>a disk read or write failed</source>
        <translation>磁盘读写失败</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>Wrong password, or this file is damaged or not a Jieqing vault.</source>
        <translation>密码不对，或者这个文件已损坏、不是结清保险库。</translation>
    </message>
    <message>
        <source>The vault {path} is damaged: part of it can no longer be read. Please restore it from your latest backup (Restore from a backup…).</source>
        <translation>保险库 {path} 已损坏，其中一部分已经读不出来了。请用最近的一份备份把它恢复（“从备份恢复…”）。</translation>
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
        <source>This amount is not valid; please check it.</source>
        <translation>这个金额无效，请检查一下。</translation>
    </message>
    <message>
        <source>This rate is not valid; please check it.</source>
        <translation>这个利率无效，请检查一下。</translation>
    </message>
    <message>
        <source>This refers to a record that no longer exists; it may have been deleted.</source>
        <translation>它关联的记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Other records still refer to this one, so it cannot be deleted.</source>
        <translation>还有其他记录关联着这一条，所以不能删除。</translation>
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
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 1,234.56</source>
        <translation>例如 1,234.56</translation>
    </message>
</context>
<context>
    <name>NegotiateWizard</name>
    <message>
        <source>Negotiate repayment</source>
        <translation>协商还款</translation>
    </message>
</context>
<context>
    <name>NewLoanWizard</name>
    <message>
        <source>Record a new loan</source>
        <translation>记录一笔新借款</translation>
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
    <name>OutcomePage</name>
    <message>
        <source>Negotiation: {request} — {outcome}</source>
        <translation>协商：{request} —— {outcome}</translation>
    </message>
    <message>
        <source>Next step *</source>
        <translation>下一步 *</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>What did the lender say?</source>
        <translation>贷款机构怎么答复？</translation>
    </message>
    <message>
        <source>Record the answer. If it is not in yet, choose “waiting” and a day to follow up; you can run this form again later.</source>
        <translation>记录答复。如果还没有答复，请选择“等待答复”并设定跟进日期；以后可以再次填写本表。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>New plan starts on</source>
        <translation>新方案开始日期</translation>
    </message>
    <message>
        <source>Amount to repay *</source>
        <translation>需还金额 *</translation>
    </message>
    <message>
        <source>Agreed rate *</source>
        <translation>协商利率 *</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Choose or type the next step</source>
        <translation>选择或输入下一步</translation>
    </message>
    <message>
        <source>Follow up on *</source>
        <translation>跟进日期 *</translation>
    </message>
    <message>
        <source>Jieqing reminds you on this day. The regulator's complaint line and legal aid are free.</source>
        <translation>结清会在这天提醒你。向监管部门投诉和法律援助都是免费的。</translation>
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
    <name>PayeePage</name>
    <message>
        <source>Log a call or message about this payment…</source>
        <translation>记下关于这笔还款的电话或消息…</translation>
    </message>
    <message>
        <source>About paying into {payee}: </source>
        <translation>关于还款到 {payee}：</translation>
    </message>
    <message>
        <source>I called the official hotline {hotline} and it confirmed this account belongs to the lender: remember it</source>
        <translation>我已拨打官方客服电话 {hotline}，确认该账户属于贷款机构：记住它</translation>
    </message>
    <message>
        <source>The lender's official customer service confirmed this account belongs to the lender: remember it</source>
        <translation>贷款机构官方客服已确认该账户属于贷款机构：记住它</translation>
    </message>
    <message>
        <source>From where, to whom?</source>
        <translation>从哪里付，付给谁？</translation>
    </message>
    <message>
        <source>Check who received the money: it should be the lender or an account you know belongs to it.</source>
        <translation>核对收款方：应当是贷款机构，或你确认属于它的账户。</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Paid to (payee)</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Receipt or screenshot</source>
        <translation>还款凭证或截图</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>As the receipt shows it. The list holds the lender and accounts known for it.</source>
        <translation>按凭证上显示的填写。列表中是该贷款机构及已知属于它的账户。</translation>
    </message>
    <message>
        <source>A screenshot of the payment or the receipt proves the payment later.</source>
        <translation>还款截图或凭证可以作为日后的证明。</translation>
    </message>
    <message>
        <source>Transaction or order number on the receipt</source>
        <translation>凭证上的交易号或订单号</translation>
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
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation>多久未备份时提醒我(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days without a backup before a reminder</source>
        <translation>未备份多少天后提醒</translation>
    </message>
    <message>
        <source>The overview reminds you when your last checked backup is this old.</source>
        <translation>上次校验过的备份超过这个天数时，总览页会提醒你。</translation>
    </message>
    <message>
        <source>&amp;Largest document to keep:</source>
        <translation>单个文件上限(&amp;L)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file size kept as a document</source>
        <translation>可保存为证据材料的最大文件大小</translation>
    </message>
</context>
<context>
    <name>PrepayButton</name>
    <message>
        <source>What if I pay part &amp;early?…</source>
        <translation>提前还一部分会怎样(&amp;E)？…</translation>
    </message>
    <message>
        <source>See how paying part of this loan early changes what is left. Nothing is saved.</source>
        <translation>看看提前还一部分后，剩下的要怎么还。不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>PrepayDialog</name>
    <message>
        <source>What if I pay part early?</source>
        <translation>提前还一部分会怎样？</translation>
    </message>
    <message>
        <source>See what changes if you pay part of your %1 loan early: type an amount and a day.</source>
        <translation>看看提前还一部分%1的借款会有什么变化：填上金额和日期就行。</translation>
    </message>
    <message>
        <source>This is only a what-if: nothing is saved. The lender's own figures win: its app shows the exact amount before you pay.</source>
        <translation>这只是试算，不会保存任何内容。以贷款机构的数字为准：还款前它的 App 会显示准确金额。</translation>
    </message>
    <message>
        <source>&amp;Amount paid early:</source>
        <translation>提前还款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount paid early</source>
        <translation>提前还款金额</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>还款日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Day you would pay it</source>
        <translation>打算还款的日期</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>还款之后：</translation>
    </message>
    <message>
        <source>Keep the &amp;term, lower the payment</source>
        <translation>期限不变，每期少还(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the &amp;payment, shorten the term</source>
        <translation>每期金额不变，缩短期限(&amp;P)</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>下一期还款</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Interest saved</source>
        <translation>省下的利息</translation>
    </message>
    <message>
        <source>What is left to pay after this:</source>
        <translation>还款后剩下的还款计划：</translation>
    </message>
    <message>
        <source>What is left to pay after this</source>
        <translation>还款后剩下的还款计划</translation>
    </message>
    <message>
        <source>This loan follows the schedule you typed from the lender's app, so only the lender can work out what paying early changes. Ask the lender for its new figures (its app usually shows them before you pay).</source>
        <translation>这笔借款用的是你从贷款机构 App 里抄录的还款计划，提前还款后会怎样只有贷款机构能算清楚。请向贷款机构要新的数字（还款前它的 App 通常会显示）。</translation>
    </message>
    <message>
        <source>This loan is already paid off: there is nothing left to pay early.</source>
        <translation>这笔借款已经还清了，没有需要提前还的了。</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>请填一个大于零的金额。</translation>
    </message>
    <message>
        <source>Interest on this loan is charged by the day: the money first pays the interest for the days so far, then this installment's principal; anything more lowers every later installment alike. The number of installments stays the same.</source>
        <translation>这笔借款按天计息：这笔钱先还到目前为止这些天的利息，再还本期的本金；多出来的部分会按比例减少以后每一期的本金。期数不变。</translation>
    </message>
    <message>
        <source>This loan has no regular payment to keep (interest first, or everything at the end): paying early lowers what is left, and the end date stays.</source>
        <translation>这笔借款没有固定的每期还款额（先息后本，或到期一次还清）：提前还款会减少剩下要还的钱，到期日不变。</translation>
    </message>
    <message>
        <source>The loan started on %1: choose that day or later.</source>
        <translation>这笔借款从 %1 开始：请选这一天或之后的日期。</translation>
    </message>
    <message>
        <source>Your newest plan starts on %1: choose that day or later.</source>
        <translation>你最新的还款计划从 %1 开始：请选这一天或之后的日期。</translation>
    </message>
    <message>
        <source>Your last recorded payment was on %1: choose that day or later (the what-if starts from what you have already paid).</source>
        <translation>你记录的最后一笔还款在 %1：请选这一天或之后的日期（试算从你已经还了的钱算起）。</translation>
    </message>
    <message>
        <source>The last installment is due on %1: choose an earlier day.</source>
        <translation>最后一期在 %1 到期：请选更早的日期。</translation>
    </message>
    <message>
        <source>Everything left is due on %1, the last due date: choose an earlier day.</source>
        <translation>剩下的钱在 %1（最后一个还款日）全部到期：请选更早的日期。</translation>
    </message>
    <message>
        <source>%1 is overdue by that day, and any payment goes to that first. Catch up on it first (record it as a repayment), then see what paying more early does.</source>
        <translation>到那天有 %1 已经逾期，任何还款都会先还这部分。请先把逾期的还上（记为一笔还款），再来看多还一些会怎样。</translation>
    </message>
    <message>
        <source>Keeping the payment finishes sooner and saves more interest; keeping the term makes each payment smaller.</source>
        <translation>每期金额不变，能更早还完、省更多利息；期限不变，每期要还的钱会变少。</translation>
    </message>
    <message>
        <source>This pays the loan off. To clear it on %1 you would pay %2.</source>
        <translation>这个金额就能把借款还清了。在 %1 还清需要 %2。</translation>
    </message>
    <message>
        <source>That is on top of the %1 due by then.</source>
        <translation>这还不包括到那天应还的 %1。</translation>
    </message>
    <message>
        <source>Once you have paid, record it as a repayment.</source>
        <translation>还完之后，记得记录这笔还款。</translation>
    </message>
    <message>
        <source>Of the %1, %2 pays the interest for the days so far and %3 goes to the principal.</source>
        <translation>这 %1 里，%2 用来还到目前为止这些天的利息，%3 用来还本金。</translation>
    </message>
    <message>
        <source>All of the %1 goes to the principal.</source>
        <translation>这 %1 全部用来还本金。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 还 %1</translation>
    </message>
    <message>
        <source>Interest and fees saved</source>
        <translation>省下的利息和费用</translation>
    </message>
    <message>
        <source>This assumes you also pay the %1 due by then, as scheduled.</source>
        <translation>这里假设到那天应还的 %1 你也会按时还上。</translation>
    </message>
    <message>
        <source>The %1 you have already paid toward these installments still counts toward them.</source>
        <translation>你已经为这几期提前还的 %1 照样算数。</translation>
    </message>
    <message>
        <source>The fee is charged on the original amount every month, so paying early saves nothing unless the term gets shorter.</source>
        <translation>这笔费用每月按原借款金额收取，所以除非缩短期限，提前还款省不了钱。</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（不变）</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1（原来是 %2）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Some figures are missing: go back and complete them.</source>
        <translation>还缺少一些数字：请返回补充。</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实际到账</translation>
    </message>
    <message>
        <source>Total to repay</source>
        <translation>应还总额</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和费用</translation>
    </message>
    <message>
        <source>True annual cost (APR)</source>
        <translation>真实年化成本（APR）</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>实际年利率</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>保存前核对</translation>
    </message>
    <message>
        <source>The true cost counts every fee over the money you actually received. Press Finish to save the loan.</source>
        <translation>真实成本把所有费用都计算在实际到账金额上。点“完成”保存这笔借款。</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>You can afford about ¥{amount} a month.</source>
        <translation>你每月大约能还 ¥{amount}。</translation>
    </message>
    <message>
        <source>Your proposed plan</source>
        <translation>你的还款方案</translation>
    </message>
    <message>
        <source>Equal monthly payments towards what you owe today; the last one is smaller if less is left.</source>
        <translation>每月等额还款，用于偿还今天的欠款；如果剩余较少，最后一期会少一些。</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <source>Amount a month *</source>
        <translation>每月金额 *</translation>
    </message>
    <message>
        <source>First payment on *</source>
        <translation>首次还款日 *</translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>a year (annual rate)</source>
        <translation>每年（年利率）</translation>
    </message>
    <message>
        <source>a day (daily rate)</source>
        <translation>每天（日利率）</translation>
    </message>
    <message>
        <source>a month on the original amount (monthly fee)</source>
        <translation>每月按本金收取（月费率）</translation>
    </message>
    <message>
        <source>× 360 days a year</source>
        <translation>× 每年 360 天</translation>
    </message>
    <message>
        <source>× 365 days a year</source>
        <translation>× 每年 365 天</translation>
    </message>
    <message>
        <source>How the contract turns the daily rate into a yearly one</source>
        <translation>合同如何把日利率换算为年利率</translation>
    </message>
    <message>
        <source>e.g. 0.05</source>
        <translation>例如 0.05</translation>
    </message>
</context>
<context>
    <name>RecordPaymentWizard</name>
    <message>
        <source>Record a repayment</source>
        <translation>记录一笔还款</translation>
    </message>
</context>
<context>
    <name>RepaymentPage</name>
    <message>
        <source>The same day basis as the loan's rate</source>
        <translation>与借款利率使用相同的计息天数</translation>
    </message>
    <message>
        <source>A daily penalty rate counts {days} days a year, like the loan's rate.</source>
        <translation>按日计的罚息与借款利率一样，一年按 {days} 天计算。</translation>
    </message>
    <message>
        <source>How is it repaid?</source>
        <translation>怎么还？</translation>
    </message>
    <message>
        <source>The repayment method decides how each payment splits into principal and interest.</source>
        <translation>还款方式决定每期还款中本金和利息各占多少。</translation>
    </message>
    <message>
        <source>Number of monthly periods</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Penalty rate (罚息)</source>
        <translation>罚息利率</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>取整方式</translation>
    </message>
    <message>
        <source>Secured loan</source>
        <translation>抵押 / 质押</translation>
    </message>
    <message>
        <source>There is collateral (a pledge or mortgage)</source>
        <translation>有抵押物或质押物</translation>
    </message>
    <message>
        <source>Not sure? Compare the first two payments in the app with the preview later.</source>
        <translation>不确定？稍后把预览中的前两期与 App 中的对比一下。</translation>
    </message>
    <message>
        <source>Leave empty for one month after the loan date.</source>
        <translation>留空则为借款日一个月后。</translation>
    </message>
    <message>
        <source>Optional: the overdue rate the contract states, often 1.5 × the normal rate.</source>
        <translation>选填：合同约定的逾期利率，常为正常利率的 1.5 倍。</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Prepare as proof:</source>
        <translation>请准备以下证明：</translation>
    </message>
    <message>
        <source>What will you ask for?</source>
        <translation>你要申请什么？</translation>
    </message>
    <message>
        <source>Say plainly why you cannot pay as planned, and what would let you pay.</source>
        <translation>如实说明为什么无法按原计划还款，以及怎样你才能还上。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>Reasons *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <source>This goes into the application letter: what happened, since when, and that you want to keep repaying.</source>
        <translation>这段话会写进申请书：发生了什么、从什么时候开始，以及你愿意继续还款。</translation>
    </message>
    <message>
        <source>e.g. I lost my job in March and have found part-time work since June…</source>
        <translation>例如：我三月失业，六月起找到了兼职工作……</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>本期待还</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Loan note</source>
        <translation>借款备注</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Payment note</source>
        <translation>还款备注</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Asked / said</source>
        <translation>提出 / 谈到</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Plan note</source>
        <translation>计划备注</translation>
    </message>
    <message>
        <source>Checklist note</source>
        <translation>清单备注</translation>
    </message>
    <message>
        <source>Credit report source</source>
        <translation>征信报告来源</translation>
    </message>
    <message>
        <source>Credit check note</source>
        <translation>征信查询备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type in the search box above and press Enter.</source>
        <translation>在上方搜索框输入内容后按回车。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try a shorter part of the word, a contract or reference number.</source>
        <translation>没有找到“%1”。试试更短的词、合同编号或流水号。</translation>
    </message>
</context>
<context>
    <name>SearchCounts</name>
    <message numerus="yes">
        <source>Loans (%n)</source>
        <translation>
            <numerusform>借款（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments (%n)</source>
        <translation>
            <numerusform>还款（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>联系记录（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>备注（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter or double-click a result to open its loan.</source>
        <translation>
            <numerusform>“%1”共找到 %n 条结果。按回车或双击结果打开对应的借款。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettleWizard</name>
    <message>
        <source>Settle and close out</source>
        <translation>结清与销户</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Note (how, with whom, reference no.)</source>
        <translation>备注（怎么办的、和谁、编号）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>After saving, the loan will be: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>保存后，这笔借款的状态为：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every step is done. Keep the certificate and this record.</source>
        <translation>所有步骤都已完成。请保存好结清证明和这份记录。</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>还要做：</translation>
    </message>
    <message>
        <source>What is left</source>
        <translation>还剩什么</translation>
    </message>
    <message>
        <source>Press Finish to save these steps. You can come back and carry on at any time.</source>
        <translation>点“完成”保存这些步骤。你可以随时回来继续。</translation>
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
        <source>Type the vault's password.</source>
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
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>On a new computer: bring back your vault from a .jqbak backup file.</source>
        <translation>换了新电脑：从 .jqbak 备份文件恢复你的保险库。</translation>
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
