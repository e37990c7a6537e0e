<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Filter for "%1": "%2" is not a whole number (examples: 5, &gt;=10, !=0).</source>
        <translation>“%1”的筛选：“%2”不是整数（例如：5、&gt;=10、!=0）。</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</source>
        <translation>“%1”的筛选：“%2”不是最多两位小数的元金额（例如：1000、&gt;=2500.50）。</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a number with at most two decimals (examples: 3, &gt;1.5).</source>
        <translation>“%1”的筛选：“%2”不是最多两位小数的数字（例如：3、&gt;1.5）。</translation>
    </message>
    <message>
        <source>Filter for "%1": write yes or no (1/0, 是/否).</source>
        <translation>“%1”的筛选：请输入是或否（1/0、是/否）。</translation>
    </message>
    <message>
        <source>Filter for "%1": only = and != compare text; type part of the value to search.</source>
        <translation>“%1”的筛选：文本只能用 = 和 != 比较；输入部分内容即可搜索。</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</source>
        <translation>“%1”的筛选：“%2”不是日期（YYYY-MM-DD，例如 &gt;=2021-01-01）。</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a month (YYYY-MM, e.g. &lt;2021-07).</source>
        <translation>“%1”的筛选：“%2”不是月份（YYYY-MM，例如 &lt;2021-07）。</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Feeds with data</source>
        <translation>有数据的数据项</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入次数</translation>
    </message>
    <message>
        <source>Published policies</source>
        <translation>已发布政策</translation>
    </message>
    <message>
        <source>Completed matching runs</source>
        <translation>已完成的匹配运行</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>享受资格</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
<message><source>Overdue review cases</source><translation>超期复核案件</translation></message></context>
<context>
    <name>FeedSummaryModel</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>skipped (already imported)</source>
        <translation>已跳过（此前已导入）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>无此表</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未导入</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
<message numerus="yes"><source>%n error(s)</source><translation><numerusform>%n 处错误</numerusform></translation></message><message numerus="yes"><source>%n warning(s)</source><translation><numerusform>%n 条警告</numerusform></translation></message><message><source>held: a large change to confirm</source><translation>已暂缓：需确认大幅变动</translation></message></context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>There is no column %1.</source>
        <translation>没有第 %1 列。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>Sorting %1 rows by "%2" would take long for every page: filter the rows to at most %3 first, then sort.</source>
        <translation>按“%2”对 %1 行排序，每一页都会耗时很长：请先筛选到不超过 %3 行，再排序。</translation>
    </message>
<message><source>%1 cannot be written: %2</source><translation>无法写入 %1：%2</translation></message><message><source>Cancelled.</source><translation>已取消。</translation></message><message><source>Cancelled: no file was written.</source><translation>已取消：未写入文件。</translation></message><message><source>Only the first %1 rows are printed; filter the table to print the others.</source><translation>仅打印前 %1 行；请先筛选表格再打印其余行。</translation></message><message><source>filter: %1</source><translation>筛选：%1</translation></message></context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>其他情况</translation>
    </message>
    <message>
        <source>the first matching row applies</source>
        <translation>取第一条符合的规则</translation>
    </message>
    <message>
        <source>the values of all matching rows are added</source>
        <translation>所有符合的规则取值相加</translation>
    </message>
    <message>
        <source>the largest value of the matching rows applies</source>
        <translation>取符合规则中的最大值</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>one-off: at most once per subject</source>
        <translation>一次性：每个对象最多一次</translation>
    </message>
    <message>
        <source>monthly, at most %1 months</source>
        <translation>按月发放，最多 %1 个月</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>when it runs out, served in order of</source>
        <translation>预算不足时按以下顺序发放：</translation>
    </message>
    <message>
        <source>(ascending)</source>
        <translation>（升序）</translation>
    </message>
    <message>
        <source>(descending)</source>
        <translation>（降序）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Not combined with</source>
        <translation>不重复享受</translation>
    </message>
    <message>
        <source>group %1 (rank %2: the lowest rank wins)</source>
        <translation>组 %1（优先级 %2：数字小者优先）</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Conditions (all must hold)</source>
        <translation>条件（须全部满足）</translation>
    </message>
    <message>
        <source>Exclusions (none may apply)</source>
        <translation>排除情形（任一成立即不享受）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Review flags (a person looks at the case)</source>
        <translation>审核标记（需人工审核）</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>The policy has no tests.</source>
        <translation>该政策没有测试用例。</translation>
    </message>
    <message>
        <source>%1 of %2 tests passed.</source>
        <translation>%2 个测试中通过 %1 个。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>PolicyListModel</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>checked, %1 warning(s)</source>
        <translation>已检查，%1 个警告</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>tests %1/%2 passed</source>
        <translation>测试通过 %1/%2</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>published v%1</source>
        <translation>已发布第 %1 版</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>shipped with the program</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
<message><source>superseded by version %1</source><translation>已被第 %1 版取代</translation></message></context>
<context>
    <name>TableSource</name>
    <message>
        <source>The database has no table "%1".</source>
        <translation>数据库中没有“%1”表。</translation>
    </message>
    <message>
        <source>The table "%1" has no key to page by.</source>
        <translation>“%1”表没有可用于分页的键。</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Column %1.%2 refers to feed %3, which is not in the catalog.</source>
        <translation>列 %1.%2 引用了数据项 %3，但目录中没有该数据项。</translation>
    </message>
</context>
<context>
    <name>mianshen::catalog</name>
    <message>
        <source>Feed %1: a column has no name.</source>
        <translation>数据项 %1：有一列没有名称。</translation>
    </message>
    <message>
        <source>Column %1: unknown type "%2".</source>
        <translation>列 %1：未知类型“%2”。</translation>
    </message>
    <message>
        <source>Column %1: an enum needs its values.</source>
        <translation>列 %1：枚举类型必须列出取值。</translation>
    </message>
    <message>
        <source>Column %1: invalid pattern: %2</source>
        <translation>列 %1：格式规则无效：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1：不是 JSON 对象（位置 %3 处：%2）。</translation>
    </message>
    <message>
        <source>%1: the feed name must be lower-case letters, digits and _.</source>
        <translation>%1：数据项名称只能由小写字母、数字和 _ 组成。</translation>
    </message>
    <message>
        <source>%1: unknown subject kind "%2".</source>
        <translation>%1：未知的对象类型“%2”。</translation>
    </message>
    <message>
        <source>Feed %1: column %2 appears twice.</source>
        <translation>数据项 %1：列 %2 出现了两次。</translation>
    </message>
    <message>
        <source>Feed %1 has no columns.</source>
        <translation>数据项 %1 没有列。</translation>
    </message>
    <message>
        <source>Feed %1 has no key.</source>
        <translation>数据项 %1 没有主键。</translation>
    </message>
    <message>
        <source>Feed %1: key column %2 is not a column.</source>
        <translation>数据项 %1：主键列 %2 不是该数据项的列。</translation>
    </message>
    <message>
        <source>Feed %1: column %2 must agree with %3, which is not a column.</source>
        <translation>数据项 %1：列 %2 须与 %3 一致，但 %3 不是列。</translation>
    </message>
    <message>
        <source>Feed %1: subject column %2 is not a column.</source>
        <translation>数据项 %1：对象列 %2 不是该数据项的列。</translation>
    </message>
    <message>
        <source>Feed %1: "op" and "import_id" are reserved names.</source>
        <translation>数据项 %1：“op”和“import_id”是保留名称。</translation>
    </message>
<message><source>%1: max_delete_percent must be between 0 and 100.</source><translation>%1：max_delete_percent 必须在 0 到 100 之间。</translation></message></context>
<context>
    <name>mianshen::catalog::FeedCatalog</name>
    <message>
        <source>The feed catalog folder %1 does not exist.</source>
        <translation>数据目录文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 describes feed %2: the file must be named after its feed.</source>
        <translation>%1 描述的是数据项 %2：文件名必须与数据项名称一致。</translation>
    </message>
    <message>
        <source>The feed catalog folder %1 holds no feeds.</source>
        <translation>数据目录文件夹 %1 中没有任何数据项。</translation>
    </message>
<message><source>%1: max_change_percent must be between 0 and 100.</source><translation>%1：max_change_percent 必须在0到100之间。</translation></message></context>
<context>
    <name>mianshen::cli</name>
    <message>
        <source>policy publish: name at least one policy file.</source>
        <translation>policy publish：请至少指定一个政策文件。</translation>
    </message>
    <message>
        <source>policy list takes no arguments.</source>
        <translation>policy list 不接受参数。</translation>
    </message>
    <message>
        <source>policy withdraw: give CODE VERSION.</source>
        <translation>policy withdraw：请给出 CODE VERSION。</translation>
    </message>
    <message>
        <source>%1: unchanged, already published as %2 version %3.</source>
        <translation>%1：没有变化，已作为 %2 第 %3 版发布。</translation>
    </message>
    <message>
        <source>%1: published %2 version %3 (%4 embedded tests passed).</source>
        <translation>%1：已发布 %2 第 %3 版（%4 个内置测试通过）。</translation>
    </message>
    <message>
        <source>Withdrawn: %1 version %2.</source>
        <translation>已撤回：%1 第 %2 版。</translation>
    </message>
    <message>
        <source>code	version	status	kind	schedule	effective	published	title</source>
        <translation>code	version	status	kind	schedule	effective	published	title</translation>
    </message>
    <message>
        <source>No policy has been published yet. Publish one with: mianshen --db %1 policy publish FILE</source>
        <translation>尚未发布任何政策。请用以下命令发布：mianshen --db %1 policy publish 文件</translation>
    </message>
    <message>
        <source>What-if preview of %1 (%2) for %3; nothing was written.</source>
        <translation>%1（%2）%3 的模拟测算；未写入任何数据。</translation>
    </message>
    <message>
        <source>published v%1</source>
        <translation>已发布第 %1 版</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>file (version %1)</source>
        <translation>文件（第 %1 版）</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>在有效期内</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>qualifying</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>  approved</source>
        <translation>  自动通过</translation>
    </message>
    <message>
        <source>  for review</source>
        <translation>  待审核</translation>
    </message>
    <message>
        <source>  over budget</source>
        <translation>  超出预算</translation>
    </message>
    <message>
        <source>ineligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <source>spent before (yuan)</source>
        <translation>此前已使用（元）</translation>
    </message>
    <message>
        <source>stacking partners</source>
        <translation>不重复享受的同组政策</translation>
    </message>
    <message>
        <source>Differences: %1 newly qualifying, %2 no longer qualifying, %3 changed.</source>
        <translation>差异：新增符合条件 %1 个，不再符合条件 %2 个，有变化 %3 个。</translation>
    </message>
    <message>
        <source>change	subject_id	before	after	flags before	flags after</source>
        <translation>change	subject_id	before	after	flags before	flags after</translation>
    </message>
    <message>
        <source>... and %1 more (the first %2 by subject id are shown).</source>
        <translation>……另有 %1 个（仅显示按对象编号排序的前 %2 个）。</translation>
    </message>
    <message>
        <source>policy preview: give one policy FILE and --period YYYY-MM.</source>
        <translation>policy preview：请给出一个政策文件 FILE 和 --period YYYY-MM。</translation>
    </message>
    <message>
        <source>policy preview: the period must be a month written YYYY-MM, not "%1".</source>
        <translation>policy preview：期间必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>policy %1 takes no --period.</source>
        <translation>policy %1 不接受 --period。</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Without a command the window opens (on --db, or on the database used last).</source>
        <translation>不带命令时打开窗口（使用 --db 指定的数据库，或上次使用的数据库）。</translation>
    </message>
    <message>
        <source>"mianshen COMMAND --help" shows the options of a command.</source>
        <translation>“mianshen 命令 --help”显示该命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation>退出状态：0 成功，1 失败（信息输出到标准错误），2 用法错误。</translation>
    </message>
    <message>
        <source>Mianshen (免申即享): subsidies without applying. Imports the departments' data feeds, matches the published policies against every person and enterprise, and pays.</source>
        <translation>免申即享：无需申请即可享受补贴。导入各部门共享的数据，将已发布的政策与每个人员和企业逐一比对，并发放补贴。</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>数据库：SQLite 文件，或 postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>路径或地址</translation>
    </message>
    <message>
        <source>What to do (see Commands below).</source>
        <translation>要执行的操作（见下方“命令”）。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <source>The command's own arguments.</source>
        <translation>命令自身的参数。</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[参数...]</translation>
    </message>
    <message>
        <source>"mianshen --help" lists the options and commands.</source>
        <translation>“mianshen --help”列出所有选项和命令。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>没有指定命令。</translation>
    </message>
    <message>
        <source>Unknown command "%1". "mianshen --help" lists the commands.</source>
        <translation>未知命令“%1”。“mianshen --help”列出所有命令。</translation>
    </message>
    <message>
        <source>The command "%1" needs a database: mianshen --db PATH_OR_URL %1 ...</source>
        <translation>命令“%1”需要数据库：mianshen --db 路径或地址 %1 ...</translation>
    </message>
    <message>
        <source>The language of the commands' messages: zh or en (default: the system's).</source>
        <translation>命令输出的语言：zh（中文）或 en（英文），默认跟随系统。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>--lang must be zh or en, not "%1".</source>
        <translation>--lang 只能是 zh 或 en，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::DecisionsCommand</name>
    <message>
        <source>Write a period's award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</source>
        <translation>将某一期间的发放决定写成 CSV（policy,subject_id,period,amount_fen,status,flags）。</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>写入此文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>decisions: give --period YYYY-MM (and no other arguments).</source>
        <translation>decisions：请给出 --period YYYY-MM（不要其他参数）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
<message><source>decisions: no completed run for %1; run `mianshen match --period %1` first.</source><translation>decisions：%1 没有已完成的匹配运行；请先运行 `mianshen match --period %1`。</translation></message></context>
<context>
    <name>mianshen::cli::DemoDataCommand</name>
    <message>
        <source>Write a synthetic development zone (all feeds and payment history) as CSV files.</source>
        <translation>生成一个模拟开发区的数据（所有数据项和历史发放记录），写成 CSV 文件。</translation>
    </message>
    <message>
        <source>Number of persons (default 2000).</source>
        <translation>人员数量（默认 2000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of enterprises (default 200).</source>
        <translation>企业数量（默认 200）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same files (default 1).</source>
        <translation>随机种子：相同的种子生成相同的文件（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Folder to write the files into (created if needed).</source>
        <translation>写入文件的文件夹（需要时自动创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>demo-data takes no positional arguments (got: %1).</source>
        <translation>demo-data 不接受位置参数（实际为：%1）。</translation>
    </message>
    <message>
        <source>Missing --out DIR: the folder to write the files into.</source>
        <translation>缺少 --out DIR：写入文件的文件夹。</translation>
    </message>
    <message>
        <source>--persons must be a positive whole number (got: %1).</source>
        <translation>--persons 必须是正整数（实际为：%1）。</translation>
    </message>
    <message>
        <source>--enterprises must be a positive whole number (got: %1).</source>
        <translation>--enterprises 必须是正整数（实际为：%1）。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got: %1).</source>
        <translation>--seed 必须是 0 到 18446744073709551615 之间的整数（实际为：%1）。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>%1 rows in %2 files, %3 s (%4 rows/s)</source>
        <translation>%2 个文件共 %1 行，%3 秒（每秒 %4 行）</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::ImportCommand</name>
    <message>
        <source>Import feed files (CSV deliveries); each file whole or not at all.</source>
        <translation>导入数据文件（CSV）；每个文件要么全部导入，要么完全不导入。</translation>
    </message>
    <message>
        <source>Write the problems of every file to this CSV file instead of stderr.</source>
        <translation>将每个文件的问题写入此 CSV 文件，而不是标准错误。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Import the good rows and keep the bad ones in quarantine.</source>
        <translation>导入正确的行，将有问题的行隔离保存。</translation>
    </message>
    <message>
        <source>Who imports (for the import history).</source>
        <translation>导入人（记入导入记录）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Feed files, named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv.</source>
        <translation>数据文件，命名为 &lt;数据项&gt;.csv 或 &lt;数据项&gt;_&lt;任意&gt;.csv。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>import needs at least one file.</source>
        <translation>import 至少需要一个文件。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source> (%1 listed)</source>
        <translation>（列出 %1 条）</translation>
    </message>
    <message>
        <source>%1: %2 warnings in all; --report FILE.csv lists them.</source>
        <translation>%1：共 %2 条警告；--report 文件.csv 可列出全部。</translation>
    </message>
<message><source>Apply a full snapshot even if it deletes more of a feed's rows than the feed allows (default 20%); without it such a delivery is held and nothing is applied.</source><translation>即使全量快照删除的行数超过该数据源允许的比例（默认 20%）也予以导入；不加此选项时，此类文件将被暂缓，不作任何更改。</translation></message></context>
<context>
    <name>mianshen::cli::InfoCommand</name>
    <message>
        <source>Show the database, its schema version and the number of rows in every table.</source>
        <translation>显示数据库、其结构版本以及每张表的行数。</translation>
    </message>
    <message>
        <source>info takes no arguments (got: %1).</source>
        <translation>info 不接受参数（实际为：%1）。</translation>
    </message>
    <message>
        <source>%1 is not a Mianshen database yet: it has no schema. Set it up with: mianshen --db %2 migrate</source>
        <translation>%1 还不是免申即享数据库：没有表结构。请用以下命令初始化：mianshen --db %2 migrate</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>数据库：        %1</translation>
    </message>
    <message>
        <source>Kind:            %1</source>
        <translation>类型：          %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>结构版本：      %1（本程序：%2）</translation>
    </message>
    <message>
        <source>Could not list the tables: %1</source>
        <translation>无法列出数据表：%1</translation>
    </message>
    <message>
        <source>Tables (rows):</source>
        <translation>数据表（行数）：</translation>
    </message>
    <message>
        <source>Could not count the rows of %1: %2</source>
        <translation>无法统计 %1 的行数：%2</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::MatchCommand</name>
    <message>
        <source>Match the published policies against every subject for a period and print the summary per policy.</source>
        <translation>针对某个期间，将已发布的政策与每个对象逐一比对，并打印各政策的汇总。</translation>
    </message>
    <message>
        <source>The month to decide (YYYY-MM).</source>
        <translation>要计算的月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this policy (repeatable).</source>
        <translation>只运行该政策（可重复指定）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Threads (default: every core).</source>
        <translation>线程数（默认：全部处理器核心）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run even when nothing changed.</source>
        <translation>即使没有变化也运行。</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>不输出进度行。</translation>
    </message>
    <message>
        <source>match: give --period YYYY-MM (and no other arguments).</source>
        <translation>match：请给出 --period YYYY-MM（不要其他参数）。</translation>
    </message>
    <message>
        <source>match: --threads must be a positive number.</source>
        <translation>match：--threads 必须是正数。</translation>
    </message>
    <message>
        <source>evaluating: %1 of %2 (%3/s, %4 s left)</source>
        <translation>计算中：%1 / %2（每秒 %3，剩余 %4 秒）</translation>
    </message>
    <message>
        <source>Nothing changed since run %1 of %2: no new decisions.</source>
        <translation>自 %2 的运行 %1 以来没有任何变化：没有新的决定。</translation>
    </message>
    <message>
        <source>Run %1 for %2 completed in %3 ms (load %4 ms, evaluate %5 ms, write %6 ms), %7 evaluations, %8 decisions written.</source>
        <translation>%2 的运行 %1 已完成，用时 %3 毫秒（读取 %4 毫秒，计算 %5 毫秒，写入 %6 毫秒），计算 %7 次，写入 %8 项决定。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Re-evaluated (inputs changed): %1. Unchanged (decisions kept): %2.</source>
        <translation>重新计算（输入有变化）：%1。未变化（保留原决定）：%2。</translation>
    </message>
    <message>
        <source>policy	version	evaluated	approved	flagged	over_budget	ineligible	skipped	total	new	changed	no_longer	state</source>
        <translation>policy	version	evaluated	approved	flagged	over_budget	ineligible	skipped	total	new	changed	no_longer	state</translation>
    </message>
    <message>
        <source>re-evaluated</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>unchanged (run %1)</source>
        <translation>未变化（运行 %1）</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::MigrateCommand</name>
    <message>
        <source>Create the database's tables, or bring them up to this program's version.</source>
        <translation>创建数据库的表，或将其升级到本程序的版本。</translation>
    </message>
    <message>
        <source>migrate takes no arguments (got: %1).</source>
        <translation>migrate 不接受参数（实际为：%1）。</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 已是最新（结构版本 %2）。</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3.</source>
        <translation>%1 已从结构版本 %2 升级到 %3。</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::PolicyCommand</name>
    <message>
        <source>Check policy files (policy check FILE...) or run their embedded tests (policy test FILE...).</source>
        <translation>检查政策文件（policy check 文件...）或运行其内置测试（policy test 文件...）。</translation>
    </message>
    <message>
        <source>Language of messages and explanations: zh or en (default: the system's).</source>
        <translation>提示和说明的语言：zh 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>test: print every test's explanation, not only the failures'.</source>
        <translation>test：打印每个测试的说明，而不仅是失败的测试。</translation>
    </message>
    <message>
        <source>check | test</source>
        <translation>check | test</translation>
    </message>
    <message>
        <source>Policy files (JSON).</source>
        <translation>政策文件（JSON）。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>policy: say what to do: check or test.</source>
        <translation>policy：请说明要做什么：check 或 test。</translation>
    </message>
    <message>
        <source>policy: unknown verb "%1" (expected check or test).</source>
        <translation>policy：未知操作“%1”（应为 check 或 test）。</translation>
    </message>
    <message>
        <source>policy %1: name at least one policy file.</source>
        <translation>policy %1：请至少指定一个政策文件。</translation>
    </message>
    <message>
        <source>policy: --lang must be zh or en.</source>
        <translation>policy：--lang 必须是 zh 或 en。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>the policy has errors; its tests did not run</source>
        <translation>政策有错误；未运行其测试</translation>
    </message>
    <message>
        <source>the policy has no embedded tests</source>
        <translation>该政策没有内置测试</translation>
    </message>
    <message>
        <source>preview: the month to preview, YYYY-MM.</source>
        <translation>preview：要测算的月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 项通过，%2 项失败</translation>
    </message>
<message><source>Check, test, publish, list, withdraw and preview policies.</source><translation>检查、测试、发布、列出、撤回和预览政策。</translation></message><message><source>Policy files (JSON), or what the verb takes.</source><translation>政策文件（JSON），或该子命令所需的参数。</translation></message><message><source>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)</source><translation>子命令：
  check FILE...                  结构、名称、类型和静态检查（无需数据库）
  test [-v] FILE...              运行内嵌测试（无需数据库）
  publish FILE...                检查、测试并发布为新版本（--db）
  list                           已发布的版本（--db）
  withdraw CODE VERSION          撤回已发布的版本（--db）
  preview FILE --period YYYY-MM  假设分析：与已发布版本对比（--db）</translation></message><message><source>[ARGUMENTS...]</source><translation>[参数...]</translation></message><message><source>check | test | publish | list | withdraw | preview</source><translation>check | test | publish | list | withdraw | preview</translation></message><message><source>policy: say what to do: check, test, publish, list, withdraw or preview.</source><translation>policy：请指明要做什么：check、test、publish、list、withdraw 或 preview。</translation></message><message><source>policy: unknown verb "%1" (expected check, test, publish, list, withdraw or preview).</source><translation>policy：未知子命令“%1”（应为 check、test、publish、list、withdraw 或 preview）。</translation></message><message><source>N</source><translation>N</translation></message><message><source>TEXT</source><translation>文本</translation></message><message><source>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)
  draft new CODE | version CODE | import FILE | export ID FILE | list | show ID
        | save ID FILE [--revision N] | submit ID [--comment TEXT]
        | send-back ID --comment TEXT | approve ID | discard ID
                                 policy drafts: write, submit, approve and publish (--db)</source><translation>操作：
  check FILE...                  结构、名称、类型和静态检查（无需数据库）
  test [-v] FILE...              运行内嵌测试（无需数据库）
  publish FILE...                检查、测试并发布为新版本（--db）
  list                           已发布的版本（--db）
  withdraw CODE VERSION          撤回已发布的版本（--db）
  preview FILE --period YYYY-MM  模拟：与已发布版本比较（--db）
  draft new CODE | version CODE | import FILE | export ID FILE | list | show ID
        | save ID FILE [--revision N] | submit ID [--comment TEXT]
        | send-back ID --comment TEXT | approve ID | discard ID
                                 政策草稿：编写、提交、批准并发布（--db）</translation></message><message><source>draft save: the revision the file was made from (refused when stale).</source><translation>draft save：文件所基于的修订号（已过时则拒绝）。</translation></message><message><source>draft submit / send-back: the comment.</source><translation>draft submit / send-back：意见。</translation></message></context>
<context>
    <name>mianshen::cli::WhyCommand</name>
    <message>
        <source>Explain the decision for one subject, policy and period, awarded or not.</source>
        <translation>说明某个对象在某项政策、某个期间的决定，无论是否享受。</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The policy code.</source>
        <translation>政策代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>zh or en (default: the system's).</source>
        <translation>zh 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>ID number or credit code.</source>
        <translation>身份证号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>SUBJECT_ID</source>
        <translation>SUBJECT_ID</translation>
    </message>
    <message>
        <source>why: give --period YYYY-MM --policy CODE SUBJECT_ID.</source>
        <translation>why：请给出 --period YYYY-MM --policy CODE SUBJECT_ID。</translation>
    </message>
    <message>
        <source>why: --lang must be zh or en.</source>
        <translation>why：--lang 必须是 zh 或 en。</translation>
    </message>
    <message>
        <source>已决定：%1，金额 %2，复核标记：%3（运行 %4）</source>
        <translation>已决定：%1，金额 %2，复核标记：%3（运行 %4）</translation>
    </message>
    <message>
        <source>Decided: %1, amount %2, flags: %3 (run %4)</source>
        <translation>已决定：%1，金额 %2，审核标记：%3（运行 %4）</translation>
    </message>
    <message>
        <source>该期间没有发放决定。</source>
        <translation>该期间没有发放决定。</translation>
    </message>
    <message>
        <source>No award was decided for this period.</source>
        <translation>该期间没有发放决定。</translation>
    </message>
    <message>
        <source>不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。</source>
        <translation>不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。</translation>
    </message>
    <message>
        <source>Stacking group %1: the subject was already awarded %2 in an earlier period, which takes precedence; this policy is not awarded.</source>
        <translation>不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。</translation>
    </message>
    <message>
        <source>不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。</source>
        <translation>不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。</translation>
    </message>
    <message>
        <source>Stacking group %1: qualifies, but %2 takes precedence in this period; this policy is not awarded.</source>
        <translation>不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。</translation>
    </message>
<message><source>why: %1 is neither a valid resident id number (GB 11643: 17 digits, a real birth date and a check character) nor a valid unified social credit code (GB 32100: 18 characters and a check character).</source><translation>why：%1 既不是有效的居民身份证号（GB 11643：17 位数字、真实的出生日期和校验码），也不是有效的统一社会信用代码（GB 32100：18 位字符和校验码）。</translation></message></context>
<context>
    <name>mianshen::demo::CsvFileWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>mianshen::demo::DemoDataGenerator</name>
    <message>
        <source>The number of persons must be between 1 and %1.</source>
        <translation>人员数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of enterprises must be between 1 and %1.</source>
        <translation>企业数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation>没有指定输出文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>mianshen::feeds::CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件结束都没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 bytes.</source>
        <translation>第 %1 行：记录超过 %2 字节。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Unexpected COPY row from %1</source>
        <translation>从 %1 收到意外的 COPY 数据行</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>无法确定 %1 的大小：%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation>数据库拒绝提交：%1</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::DecisionWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The database refused to commit decisions: %1</source>
        <translation>数据库拒绝提交决定：%1</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::Engine</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::FeedReader</name>
    <message>
        <source>A feed without a subject column cannot be read by subject.</source>
        <translation>没有对象列的数据项无法按对象读取。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::MatchingRun</name>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>期间必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>No published policy is in effect in %1.</source>
        <translation>%1 没有有效的已发布政策。</translation>
    </message>
    <message>
        <source>The run was cancelled; it left no decisions.</source>
        <translation>运行已取消，没有留下任何决定。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Policy %1 has no published version in effect in %2.</source>
        <translation>政策 %1 在 %2 没有有效的已发布版本。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::PolicyPreview</name>
    <message>
        <source>%1: the file is too large for a policy.</source>
        <translation>%1：文件太大，不可能是政策文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be previewed: it has errors.
%2</source>
        <translation>%1 无法测算：文件有错误。
%2</translation>
    </message>
    <message>
        <source>No policy to preview.</source>
        <translation>没有要测算的政策。</translation>
    </message>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>期间必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1:%2:%3: test %4 failed: %5</source>
        <translation>%1:%2:%3：测试 %4 未通过：%5</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be previewed: %n embedded test(s) failed.</source>
        <translation>
            <numerusform>%1 无法测算：%n 个内置测试未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>测算已取消。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::PolicyRepository</name>
    <message>
        <source>%1: the file is too large for a policy.</source>
        <translation>%1：文件太大，不可能是政策文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not published: it has errors.
%2</source>
        <translation>%1 未发布：文件有错误。
%2</translation>
    </message>
    <message>
        <source>test %1 failed: %2</source>
        <translation>测试 %1 未通过：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not published: %n embedded test(s) failed.</source>
        <translation>
            <numerusform>%1 未发布：%n 个内置测试未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation>数据库拒绝提交：%1</translation>
    </message>
    <message>
        <source>%1 version %2 is not a published version.</source>
        <translation>%1 第 %2 版不是已发布的版本。</translation>
    </message>
    <message>
        <source>There is no published policy %1 version %2.</source>
        <translation>没有已发布的政策 %1 第 %2 版。</translation>
    </message>
    <message>
        <source>No policy %1 has been published.</source>
        <translation>尚未发布政策 %1。</translation>
    </message>
    <message>
        <source>Published policy %1 no longer loads:
%2</source>
        <translation>已发布的政策 %1 已无法载入：
%2</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::RunRepository</name>
    <message>
        <source>The run was interrupted (the program stopped before it completed).</source>
        <translation>运行被中断（程序在完成前停止了）。</translation>
    </message>
    <message>
        <source>Run %1 is %2, not running: it cannot be completed.</source>
        <translation>运行 %1 的状态是 %2，不在运行中：无法完成。</translation>
    </message>
    <message>
        <source>Run %1 was no longer running when it was to complete.</source>
        <translation>运行 %1 在即将完成时已不在运行中。</translation>
    </message>
    <message>
        <source>There is no matching run %1.</source>
        <translation>没有编号为 %1 的匹配运行。</translation>
    </message>
    <message>
        <source>A run for %1 is already in progress, started by %2 at %3 (run %4); wait for it to finish or cancel it.</source>
        <translation>%1 已有一次运行正在进行（运行 %4，由 %2 于 %3 启动）；请等待其完成或将其取消。</translation>
    </message>
    <message>
        <source>A run for %1 is already in progress (another connection is starting it); wait for it to finish.</source>
        <translation>%1 已有一次运行正在进行（另一个连接正在启动该运行）；请等待其完成。</translation>
    </message>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>期间必须是 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot open the run lock file %1: %2</source>
        <translation>无法打开运行锁文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock the run lock file %1: %2</source>
        <translation>无法锁定运行锁文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::SnapshotLoader</name>
    <message>
        <source>The policies use an unknown feed %1.</source>
        <translation>政策使用了未知的数据项 %1。</translation>
    </message>
    <message>
        <source>The policies use an unknown column %1.%2.</source>
        <translation>政策使用了未知的列 %1.%2。</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::Sql</name>
    <message>
        <source>read the decisions</source>
        <translation>读取决定</translation>
    </message>
    <message>
        <source>read the run's changes</source>
        <translation>读取运行的变化</translation>
    </message>
    <message>
        <source>read the awards</source>
        <translation>读取发放记录</translation>
    </message>
    <message>
        <source>read the payment history</source>
        <translation>读取历史发放记录</translation>
    </message>
    <message>
        <source>prepare the writing of decisions</source>
        <translation>准备写入决定</translation>
    </message>
    <message>
        <source>write the decisions</source>
        <translation>写入决定</translation>
    </message>
    <message>
        <source>read the import history</source>
        <translation>读取导入历史</translation>
    </message>
    <message>
        <source>read the earlier decisions</source>
        <translation>读取以前的决定</translation>
    </message>
    <message>
        <source>find the published version</source>
        <translation>查找已发布的版本</translation>
    </message>
    <message>
        <source>number the next policy version</source>
        <translation>编排下一个政策版本号</translation>
    </message>
    <message>
        <source>publish the policy</source>
        <translation>发布政策</translation>
    </message>
    <message>
        <source>withdraw the policy</source>
        <translation>撤回政策</translation>
    </message>
    <message>
        <source>list the policies</source>
        <translation>列出政策</translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation>读取政策</translation>
    </message>
    <message>
        <source>reserve the period for this run</source>
        <translation>为本次运行锁定期间</translation>
    </message>
    <message>
        <source>close the runs left running</source>
        <translation>结束遗留的运行中批次</translation>
    </message>
    <message>
        <source>mark a run left running as failed</source>
        <translation>将遗留的运行标记为失败</translation>
    </message>
    <message>
        <source>delete the decisions of a run left running</source>
        <translation>删除遗留运行的决定</translation>
    </message>
    <message>
        <source>start the run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>write the run's policy summaries</source>
        <translation>写入本次运行的政策汇总</translation>
    </message>
    <message>
        <source>write the counts by failed condition</source>
        <translation>写入按未满足条件的计数</translation>
    </message>
    <message>
        <source>complete the run</source>
        <translation>完成本次运行</translation>
    </message>
    <message>
        <source>delete the decisions of the stopped run</source>
        <translation>删除已停止运行的决定</translation>
    </message>
    <message>
        <source>stop the run</source>
        <translation>停止本次运行</translation>
    </message>
    <message>
        <source>read the run</source>
        <translation>读取运行</translation>
    </message>
    <message>
        <source>read the latest completed run</source>
        <translation>读取最近完成的运行</translation>
    </message>
    <message>
        <source>list the runs</source>
        <translation>列出运行</translation>
    </message>
    <message>
        <source>read the policy summaries</source>
        <translation>读取政策汇总</translation>
    </message>
    <message>
        <source>read the policies' latest states</source>
        <translation>读取各政策的最新状态</translation>
    </message>
    <message>
        <source>read the counts by failed condition</source>
        <translation>读取按未满足条件的计数</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>数据库未能%1：%2</translation>
    </message>
<message><source>read the latest month of data</source><translation>读取数据的最新月份</translation></message></context>
<context>
    <name>mianshen::rules::SnapshotBuilder</name>
    <message>
        <source>unknown feed "%1"</source>
        <translation>未知数据项“%1”</translation>
    </message>
    <message>
        <source>feed "%1" has no column "%2"</source>
        <translation>数据项“%1”没有列“%2”</translation>
    </message>
    <message>
        <source>column "%1" (%2): "%3" is not a valid value: %4</source>
        <translation>列“%1”（%2）：“%3”不是有效的值：%4</translation>
    </message>
    <message>
        <source>the column is required</source>
        <translation>该列为必填</translation>
    </message>
    <message>
        <source>expected 1/0, true/false or 是/否</source>
        <translation>应为 1/0、true/false 或 是/否</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected yuan with at most two decimals</source>
        <translation>应为最多两位小数的元金额</translation>
    </message>
    <message>
        <source>expected a decimal with at most two places</source>
        <translation>应为最多两位小数的数字</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a month YYYY-MM</source>
        <translation>应为月份 YYYY-MM</translation>
    </message>
</context>
<context>
    <name>mianshen::store::ConnectionSpec</name>
    <message>
        <source>No database given: name a SQLite file or a postgresql:// address.</source>
        <translation>没有指定数据库：请给出 SQLite 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>"%1" is neither a file path nor a postgresql:// address.</source>
        <translation>“%1”既不是文件路径，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The address "%1" is not valid: %2</source>
        <translation>地址“%1”无效：%2</translation>
    </message>
    <message>
        <source>Unknown SSL mode "%1" (use one of: %2).</source>
        <translation>未知的 SSL 模式“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown setting "%1" in the address (known: sslmode, host, port, user, password, dbname).</source>
        <translation>地址中有未知设置“%1”（可用：sslmode、host、port、user、password、dbname）。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>mianshen::store::Database</name>
    <message>
        <source>The user name or password is wrong: the server %1 did not accept user "%2" with this password.</source>
        <translation>用户名或密码错误：服务器 %1 不接受用户“%2”使用此密码登录。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for user "%2": enter the password.</source>
        <translation>服务器 %1 要求用户“%2”提供密码：请输入密码。</translation>
    </message>
    <message>
        <source>There is no user "%1" on the server %2: check the user name.</source>
        <translation>服务器 %2 上没有用户“%1”：请检查用户名。</translation>
    </message>
    <message>
        <source>There is no database "%1" on the server %2: check the database name, or ask the administrator to create it.</source>
        <translation>服务器 %2 上没有数据库“%1”：请检查数据库名称，或请管理员创建该数据库。</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted (SSL) connections, but the SSL mode "%2" requires one: ask the administrator, or choose another SSL mode.</source>
        <translation>服务器 %1 不提供加密（SSL）连接，但 SSL 模式“%2”要求加密：请联系管理员，或选择其他 SSL 模式。</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: set the SSL mode to "require".</source>
        <translation>服务器 %1 只接受加密连接：请将 SSL 模式设为“require”。</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for user "%2" and database "%3": ask the administrator to allow it.</source>
        <translation>服务器 %1 不接受本机以用户“%2”连接数据库“%3”：请联系管理员开通。</translation>
    </message>
    <message>
        <source>The server name "%1" is not known: check its spelling and the network.</source>
        <translation>找不到服务器“%1”：请检查名称拼写和网络。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: it cannot be reached. Check the address, the network and the firewall.</source>
        <translation>服务器 %1 在 %2 秒内没有响应：无法连接。请检查地址、网络和防火墙。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: nothing answers there. Check the server name and port, and that the database server is running.</source>
        <translation>无法连接服务器 %1：该处没有响应。请检查服务器名称和端口，以及数据库服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The server %1 is busy: it has no free connections left. Try again later or ask the administrator.</source>
        <translation>服务器 %1 繁忙：已没有空闲连接。请稍后再试或联系管理员。</translation>
    </message>
    <message>
        <source>The server %1 is starting or stopping: try again in a minute.</source>
        <translation>服务器 %1 正在启动或停止：请一分钟后再试。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, the network, and that the database server is running.</source>
        <translation>无法连接服务器 %1。请检查服务器名称和端口、网络，以及数据库服务器是否正在运行。</translation>
    </message>
    <message>
        <source>Could not connect to the database "%1" on the server %2.</source>
        <translation>无法连接服务器 %2 上的数据库“%1”。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>没有指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database file cannot be created there.</source>
        <translation>文件夹 %1 不存在，无法在该处创建数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be written to: check its permissions.</source>
        <translation>数据库文件 %1 不可写：请检查文件权限。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: the folder is not writable.</source>
        <translation>无法创建数据库文件 %1：该文件夹不可写。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation>%1 不是 SQLite 数据库，或已损坏（%2）。</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode is "%2"). Keep the file on a local disk.</source>
        <translation>数据库文件 %1 无法使用预写日志（日志模式为“%2”）。请将文件放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be set up (%2): %3</source>
        <translation>无法设置数据库文件 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Connected to %1, but could not set up the session: %2</source>
        <translation>已连接到 %1，但无法设置会话：%2</translation>
    </message>
    <message>
        <source>The database rolled the transaction back; nothing was saved.</source>
        <translation>数据库回滚了事务；没有保存任何内容。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
</context>
<context>
    <name>mianshen::store::Migrator</name>
    <message>
        <source>The migration file name "%1" is not of the form NNNN_name.sql.</source>
        <translation>迁移文件名“%1”不符合 NNNN_name.sql 的格式。</translation>
    </message>
    <message>
        <source>Two migrations have the number %1: %2 and %3.</source>
        <translation>有两个迁移的编号都是 %1：%2 和 %3。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation>数据库 %1 的结构版本为 %2，比本程序所知的版本（%3）更新。它已被更新版本的免申即享修改过：请使用那个版本；本程序不会改动它。</translation>
    </message>
    <message>
        <source>Migration %1 uses the unknown token %2.</source>
        <translation>迁移 %1 使用了未知标记 %2。</translation>
    </message>
    <message>
        <source>The program's migrations are broken: %1</source>
        <translation>程序自带的数据库迁移有误：%1</translation>
    </message>
    <message>
        <source>The database %1 has migration %2, which this program does not know. It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation>数据库 %1 含有本程序不认识的迁移 %2。它已被更新版本的免申即享修改过：请使用那个版本；本程序不会改动它。</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>无法开始迁移 %1：%2</translation>
    </message>
    <message>
        <source>Nothing of migration %1 was kept; the database stays at version %2.</source>
        <translation>迁移 %1 的内容均未保留；数据库仍为第 %2 版。</translation>
    </message>
    <message>
        <source>Could not lock the database for migrating: %1</source>
        <translation>无法锁定数据库以进行升级：%1</translation>
    </message>
    <message>
        <source>Could not create the schema version table: %1</source>
        <translation>无法创建结构版本表：%1</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>无法读取结构版本：%1</translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2 (%3): %4</source>
        <translation>迁移 %1 在第 %2 条语句（%3）处失败：%4</translation>
    </message>
    <message>
        <source>Could not record migration %1: %2</source>
        <translation>无法记录迁移 %1：%2</translation>
    </message>
    <message>
        <source>Migration %1 was not saved: %2 The database stays at version %3.</source>
        <translation>迁移 %1 未能保存：%2 数据库仍为第 %3 版。</translation>
    </message>
    <message>
        <source>The database %1 is not set up for Mianshen yet (no schema). Set it up with: mianshen --db %2 migrate</source>
        <translation>数据库 %1 尚未为免申即享初始化（没有表结构）。请用以下命令初始化：mianshen --db %2 migrate</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 has schema version %2 and needs updating to %3 (%n step(s) missing). Update it with: mianshen --db %4 migrate</source>
        <translation>
            <numerusform>数据库 %1 的结构版本为 %2，需要升级到 %3（缺少 %n 步）。请用以下命令升级：mianshen --db %4 migrate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mianshen::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>Every change to policies, decisions and payments is recorded here with who made it, when and why. Entries cannot be changed or deleted.</source>
        <translation>对政策、决定和发放的每一次修改都会记录在此：由谁、何时、为何修改。记录不可更改或删除。</translation>
    </message>
<message numerus="yes"><source>%n row(s)</source><translation><numerusform>%n 行</numerusform></translation></message><message><source>Cancel</source><translation>取消</translation></message><message><source>Clear</source><translation>清除</translation></message><message><source>Counting…</source><translation>正在计数…</translation></message><message><source>Entity:</source><translation>对象：</translation></message><message><source>Filter</source><translation>筛选</translation></message><message><source>From</source><translation>从</translation></message><message><source>No database is open.</source><translation>未打开数据库。</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>请通过“文件”菜单打开 SQLite 数据库或连接 PostgreSQL 服务器。</translation></message><message><source>Recompute every row's hash and name the first row that was changed, deleted or inserted (%1)</source><translation>重新计算每一行的哈希，并指出第一条被修改、删除或插入的行（%1）</translation></message><message><source>Verify the chain</source><translation>校验哈希链</translation></message><message><source>Verifying the chain…</source><translation>正在校验哈希链…</translation></message><message><source>Verifying the chain… %1 rows checked</source><translation>正在校验哈希链… 已检查 %1 行</translation></message><message><source>What:</source><translation>操作：</translation></message><message><source>Who:</source><translation>操作人：</translation></message><message><source>any</source><translation>任意</translation></message><message><source>any action</source><translation>任意操作</translation></message><message><source>id</source><translation>编号</translation></message><message><source>login</source><translation>登录名</translation></message><message><source>to</source><translation>至</translation></message><message><source>Verifying the chain… %Ln row(s) checked</source><translation>正在校验哈希链… 已检查 %Ln 行</translation></message></context>
<context>
    <name>mianshen::ui::ConnectDialog</name>
    <message>
        <source>Connect to a PostgreSQL Server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>URL (optional):</source>
        <translation>URL（可选）：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL 模式：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A URL fills in the fields below; the password may be typed separately.</source>
        <translation>输入 URL 会自动填写下面各项；密码可以单独输入。</translation>
    </message>
    <message>
        <source>This is not a postgresql:// URL.</source>
        <translation>这不是 postgresql:// 形式的 URL。</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
<message><source>Connecting to %1:%2…</source><translation>正在连接 %1:%2…</translation></message></context>
<context>
    <name>mianshen::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>Open a SQLite database (Ctrl+O) or connect to a PostgreSQL server from the File menu.</source>
        <translation>请通过“文件”菜单打开 SQLite 数据库（Ctrl+O）或连接 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取统计数字。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Feeds with data</source>
        <translation>有数据的数据项</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入次数</translation>
    </message>
    <message>
        <source>Published policies</source>
        <translation>已发布政策</translation>
    </message>
    <message>
        <source>Completed matching runs</source>
        <translation>已完成的匹配运行</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>享受资格</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>of %1 feeds</source>
        <translation>共 %1 个数据项</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <source>latest period: %1</source>
        <translation>最近期间：%1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取统计数字…</translation>
    </message>
    <message>
        <source>This database holds no feed data yet. Import the departments' CSV files on the Data page (Ctrl+2), or drop them onto this window.</source>
        <translation>此数据库还没有任何数据。请在“数据”页（Ctrl+2）导入各部门的 CSV 文件，或将文件拖放到本窗口。</translation>
    </message>
<message><source>Overdue review cases</source><translation>超期复核案件</translation></message></context>
<context>
    <name>mianshen::ui::DataPage</name>
    <message>
        <source>The feeds could not be read: %1</source>
        <translation>无法读取数据项：%1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data feeds from the departments</source>
        <translation>各部门共享数据</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import CSV deliveries; you can also drop files onto the window.</source>
        <translation>导入 CSV 数据文件；也可以将文件拖放到窗口上。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Open an import in the history (double-click) to see the problems it found.</source>
        <translation>在导入记录中双击某次导入，即可查看其发现的问题。</translation>
    </message>
    <message>
        <source>Problems found by import no. %1</source>
        <translation>第 %1 次导入发现的问题</translation>
    </message>
    <message>
        <source>Save the Problems as CSV</source>
        <translation>将问题另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose Data Files to Import</source>
        <translation>选择要导入的数据文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <source>Open a database first: the files are imported into it.</source>
        <translation>请先打开数据库：文件将导入到该数据库中。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
<message numerus="yes"><source>%n delivery(ies) would delete more of a register than usual. A truncated or wrong file would wipe those rows. Import anyway?</source><translation><numerusform>%n 个文件将删除比平常更多的登记数据。截断或错误的文件会抹去这些行。仍要导入吗？</numerusform></translation></message><message><source>Confirm a large change</source><translation>确认大幅变动</translation></message><message><source>Writing %1…</source><translation>正在写入 %1…</translation></message><message numerus="yes"><source>%n delivery(ies) would delete or change more of a register than usual, or refer to far more subjects in no registry than the last delivery. A truncated or wrong file would wipe or rewrite those rows. Import anyway?</source><translation><numerusform>%n个文件将删除或更改比平常更多的登记数据，或引用不在登记库中的主体远多于上次交付。截断或错误的文件会清除或改写这些数据。仍要导入吗？</numerusform></translation></message><message><source>Personal data stays masked</source><translation>个人信息保持遮蔽</translation></message></context>
<context>
    <name>mianshen::ui::ImportPreviewDialog</name>
    <message>
        <source>Import Data Files</source>
        <translation>导入数据文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>提供部门</translation>
    </message>
    <message>
        <source>not a feed: left out</source>
        <translation>不是数据项文件：不导入</translation>
    </message>
    <message>
        <source>A delivery is named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv, e.g. social_insurance_2021-09.csv.</source>
        <translation>数据文件的命名为 &lt;数据项&gt;.csv 或 &lt;数据项&gt;_&lt;任意&gt;.csv，例如 social_insurance_2021-09.csv。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported, each as a whole or not at all. A file without an op column replaces all rows of its feed.</source>
        <translation>
            <numerusform>将导入 %n 个文件，每个文件要么全部导入，要么完全不导入。没有 op 列的文件将替换该数据项的全部数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported, each as a whole or not at all. Files whose name names no feed are left out.</source>
        <translation>
            <numerusform>将导入 %n 个文件，每个文件要么全部导入，要么完全不导入。文件名不对应任何数据项的文件不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Quarantine mode: import the good rows and keep the bad ones, with their reasons, for follow-up (instead of rejecting the whole file)</source>
        <translation>隔离模式：导入正确的行，将有问题的行连同原因保存下来以便跟进处理（而不是拒绝整个文件）</translation>
    </message>
<message><source>%1 new, %2 changed, %3 deleted</source><translation>新增%1，更改%2，删除%3</translation></message><message><source>%1; held for confirmation: %2</source><translation>%1；需确认后导入：%2</translation></message><message><source>Changes</source><translation>变动</translation></message><message><source>already imported: nothing changes</source><translation>此前已导入：不会有任何变动</translation></message><message><source>counting…</source><translation>正在统计…</translation></message><message numerus="yes"><source>would be rejected: %n error(s)</source><translation><numerusform>将被拒收：%n处错误</numerusform></translation></message></context>
<context>
    <name>mianshen::ui::ImportRunner</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)
%4 rows read, %5 rows per second</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）
已读取 %4 行，每秒 %5 行</translation>
    </message>
    <message>
        <source>Cancelling: the file being imported is rolled back…</source>
        <translation>正在取消：正在导入的文件将全部回滚…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (nothing of them imported)</source>
        <translation>
            <numerusform>%n 个被拒绝（均未导入任何数据）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already imported before)</source>
        <translation>
            <numerusform>%n 个已跳过（此前已导入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (nothing of them imported)</source>
        <translation>
            <numerusform>%n 个已取消（均未导入任何数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows per second).</source>
        <translation>%2 秒导入 %1 行（每秒 %3 行）。</translation>
    </message>
<message numerus="yes"><source>%n held: a large change to confirm (nothing of them imported)</source><translation><numerusform>%n 个暂缓：需确认大幅变动（均未导入）</numerusform></translation></message><message><source>%Ln row(s) in %1 s (%2 rows per second).</source><translation>%1 秒导入 %Ln 行（每秒 %2 行）。</translation></message><message><source>Importing %1 (file %2 of %3)
%Ln row(s) read, %4 rows per second</source><translation>正在导入 %1（第 %2 个，共 %3 个）
已读取 %Ln 行，每秒 %4 行</translation></message></context>
<context>
    <name>mianshen::ui::MainWindow</name>
    <message>
        <source>Mianshen — %1</source>
        <translation>免申即享 — %1</translation>
    </message>
    <message>
        <source>Mianshen</source>
        <translation>免申即享</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open SQLite Database…</source>
        <translation>打开 SQLite 数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>连接 PostgreSQL(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>最近使用的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose Database</source>
        <translation>关闭数据库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
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
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Mianshen</source>
        <translation>关于免申即享(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Create a new database?</source>
        <translation>创建新数据库？</translation>
    </message>
    <message>
        <source>There is no database file at %1.

Create a new, empty database there?</source>
        <translation>%1 处没有数据库文件。

要在该处创建一个新的空数据库吗？</translation>
    </message>
    <message>
        <source>Cannot use this database</source>
        <translation>无法使用此数据库</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近使用的数据库</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <source>The database file %1 no longer exists. Remove it from the list?</source>
        <translation>数据库文件 %1 已不存在。要从列表中移除吗？</translation>
    </message>
    <message>
        <source>Open or Create a SQLite Database</source>
        <translation>打开或创建 SQLite 数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Mianshen</source>
        <translation>关于免申即享</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments' data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;免申即享 %1&lt;/h3&gt;&lt;p&gt;无需申请，即可享受补贴。&lt;/p&gt;&lt;p&gt;导入各部门共享的数据，将每一项已发布的政策与每一个人员和企业逐一比对，并说明理由，确定谁无需申请即可享受补贴。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open — use File ▸ Open SQLite Database or Connect to PostgreSQL.</source>
        <translation>未打开数据库 — 请使用“文件 ▸ 打开 SQLite 数据库”或“连接 PostgreSQL”。</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 database: %2</source>
        <translation>%1 数据库：%2</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>结构版本 %1</translation>
    </message>
<message><source>&amp;Case</source><translation>案件(&amp;C)</translation></message><message><source>Opening %1…</source><translation>正在打开 %1…</translation></message><message><source>Pa&amp;yment</source><translation>发放(&amp;Y)</translation></message></context>
<context>
    <name>mianshen::ui::MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Matching runs</source>
        <translation>匹配运行</translation>
    </message>
    <message>
        <source>No matching run yet.</source>
        <translation>尚未进行匹配运行。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>The month to decide, as YYYY-MM</source>
        <translation>要计算的月份，格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <source>Tick the policies to run; none ticked runs every published policy in effect.</source>
        <translation>勾选要运行的政策；不勾选则运行所有有效的已发布政策。</translation>
    </message>
    <message>
        <source>Run even if nothing changed</source>
        <translation>即使没有变化也运行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run history (click a run to see its results)</source>
        <translation>运行记录（点击某次运行查看其结果）</translation>
    </message>
    <message>
        <source>A run checks every published policy against every person and enterprise for one month. Publish policies on the Policies page, choose the period and press Run.</source>
        <translation>一次运行针对某个月份，将每一项已发布的政策与每一个人员和企业逐一比对。请先在“政策”页发布政策，再选择期间并点击“运行”。</translation>
    </message>
    <message>
        <source>Summary per policy</source>
        <translation>各政策汇总</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Click a decision to read how it was reached.</source>
        <translation>点击某项决定，查看其得出过程。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Write the period as YYYY-MM, for example 2021-09.</source>
        <translation>请按 YYYY-MM 格式填写期间，例如 2021-09。</translation>
    </message>
    <message>
        <source>The run did not complete: %1</source>
        <translation>运行未完成：%1</translation>
    </message>
    <message>
        <source>Nothing changed since run no. %1 for %2: no new run was needed.</source>
        <translation>自 %2 的第 %1 次运行以来没有任何变化：无需重新运行。</translation>
    </message>
    <message>
        <source>Run no. %1 for %2: %3 approved, %4 for review, %5 over budget; total %6; %7 s.</source>
        <translation>%2 的第 %1 次运行：自动通过 %3 项，待审核 %4 项，超出预算 %5 项；合计 %6；用时 %7 秒。</translation>
    </message>
    <message>
        <source>&amp;What-if preview…</source>
        <translation>模拟测算(&amp;W)…</translation>
    </message>
    <message>
        <source>How many subjects a policy file that is not published would qualify, and at what cost, next to the published version. Writes nothing.</source>
        <translation>测算尚未发布的政策文件会使多少对象符合条件、需要多少资金，并与已发布版本对照。不写入任何数据。</translation>
    </message>
<message><source>The published policies could not be read: %1</source><translation>无法读取已发布的政策：%1</translation></message><message><source>The month to propose could not be read: %1</source><translation>无法读取建议的月份：%1</translation></message></context>
<context>
    <name>mianshen::ui::MatchingRunner</name>
    <message>
        <source>Matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the data for %1…</source>
        <translation>正在读取 %1 的数据…</translation>
    </message>
    <message>
        <source>Checking the policies: %1 of %2 evaluations, %3 per second</source>
        <translation>正在比对政策：已完成 %1 次，共 %2 次，每秒 %3 次</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the decisions…</source>
        <translation>正在写入决定…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Cancelling: the run is rolled back…</source>
        <translation>正在取消：本次运行将全部回滚…</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>尚无发放记录。</translation>
    </message>
    <message>
        <source>Payments are made from approved awards; each award is paid once. They appear here when the first payment batch is prepared.</source>
        <translation>发放依据已批准的享受资格进行，每项资格只发放一次。准备好第一批发放后将显示在这里。</translation>
    </message>
<message numerus="yes"><source> %n approved award(s) are held (no bank account, over budget or awaiting a corrected account).</source><translation><numerusform> %n 项已通过补贴暂缓发放（无银行账户、超出预算或等待更正账户）。</numerusform></translation></message><message numerus="yes"><source> (%n retried)</source><translation><numerusform>（其中重发 %n 笔）</numerusform></translation></message><message><source> The batch is reconciled.</source><translation>批次已对账。</translation></message><message numerus="yes"><source>%n failed payment(s) (%1) wait for a corrected bank account; none can be retried yet.</source><translation><numerusform>%n 笔失败付款（%1）正在等待更正后的银行账户；目前均无法重发。</numerusform></translation></message><message numerus="yes"><source>%n new recovery order(s) proposed.</source><translation><numerusform>新提出 %n 张追回单。</numerusform></translation></message><message><source>&amp;Approve…</source><translation>审批(&amp;A)…</translation></message><message><source>&amp;Export for the Bank…</source><translation>导出代发文件(&amp;E)…</translation></message><message><source>&amp;Import Returns…</source><translation>导入回盘(&amp;I)…</translation></message><message><source>&amp;New Batch…</source><translation>新建批次(&amp;N)…</translation></message><message><source>&amp;Retry Failed…</source><translation>重发失败付款(&amp;R)…</translation></message><message numerus="yes"><source>. It needs %n approval(s) by someone other than its creator.</source><translation><numerusform>。需由创建人以外的 %n 人审批。</numerusform></translation></message><message><source>A write-off needs a note saying why the money is not recovered.</source><translation>核销须填写备注，说明款项无法追回的原因。</translation></message><message><source>Another step is still running.</source><translation>另一个步骤仍在进行中。</translation></message><message><source>Apply %1 to %2?

Each payment it names becomes paid or failed; this cannot be undone. A file with any defect is refused whole and changes nothing.</source><translation>将 %1 应用到%2？

文件中列出的每笔付款将变为已发放或失败；此操作不可撤销。文件有任何问题都会被整体拒绝，不做任何更改。</translation></message><message><source>Apply the Bank's Return File</source><translation>导入银行回盘文件</translation></message><message><source>Apply the bank's return file to the selected sent batch.</source><translation>将银行回盘文件应用到所选的已报送批次。</translation></message><message><source>Applying the return file %1…</source><translation>正在导入回盘文件 %1…</translation></message><message><source>Approve %1?

Once approved (by the approvers it needs) the batch can be exported for the bank.</source><translation>审批%1？

（经所需审批人）审批后，批次即可导出给银行。</translation></message><message><source>Approve the Batch</source><translation>审批批次</translation></message><message><source>Approve the selected batch (someone other than its creator).</source><translation>审批所选批次（须由创建人以外的人员）。</translation></message><message><source>Approving batch %1…</source><translation>正在审批批次 %1…</translation></message><message><source>Batch %1 approved: it can be exported for the bank.</source><translation>批次 %1 已审批：可以导出给银行。</translation></message><message><source>Batch %1 exported to %2 (checksum %3…).</source><translation>批次 %1 已导出到 %2（校验值 %3…）。</translation></message><message numerus="yes"><source>Batch %1 for %2 created: %n payment(s), %3 in total</source><translation><numerusform>已创建 %2 的批次 %1：%n 笔，合计 %3</numerusform></translation></message><message><source>Batch %1 is %2: only a created batch can be approved.</source><translation>批次 %1 状态为 %2：只有已创建的批次可以审批。</translation></message><message><source>Batch %1 is sent: apply the bank's return file when it arrives.</source><translation>批次 %1 已报送：收到银行回盘文件后请导入。</translation></message><message><source>Budgets</source><translation>预算</translation></message><message><source>CSV files (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message><message><source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source><translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation></message><message><source>Cancelled before it started: nothing was changed.</source><translation>在开始前已取消：未做任何更改。</translation></message><message><source>Cancelled: nothing was changed.</source><translation>已取消：未做任何更改。</translation></message><message><source>Choose a batch above to see its payments.</source><translation>在上方选择一个批次以查看其付款。</translation></message><message><source>Choose the Bank's Return File</source><translation>选择银行回盘文件</translation></message><message><source>Confirm recovery order %1: %2 from %3 (%4, %5) because of %6?

A confirmed order is then settled or written off.</source><translation>确认追回单 %1：因%6，向 %3 追回 %2（%4，%5）？

确认后的追回单之后将登记为已追回或核销。</translation></message><message><source>Confirm the Recovery Order</source><translation>确认追回单</translation></message><message><source>Confirming recovery order %1…</source><translation>正在确认追回单 %1…</translation></message><message><source>Create a Payment Batch</source><translation>创建发放批次</translation></message><message><source>Create the month's payment batch from the approved awards not yet paid.</source><translation>用尚未发放的已通过补贴创建该月的发放批次。</translation></message><message><source>Create the payment batch for %1 from every approved award up to that month not yet paid?

A batch is never deleted; it is paid only after someone other than you approves it.</source><translation>用截至 %1 尚未发放的全部已通过补贴创建该月的发放批次？

批次不会被删除；须由您以外的人员审批后才会发放。</translation></message><message><source>Creating the follow-up batch for %1…</source><translation>正在创建 %1 的补发批次…</translation></message><message><source>Creating the payment batch for %1…</source><translation>正在创建 %1 的发放批次…</translation></message><message><source>Export %1 to %2?

The batch becomes exported: it can no longer be changed, only sent to the bank.</source><translation>将%1导出到 %2？

批次将变为已导出：不能再更改，只能报送银行。</translation></message><message><source>Export the Batch</source><translation>导出批次</translation></message><message><source>Export the Batch for the Bank</source><translation>导出批次代发文件</translation></message><message><source>First approval of batch %1 given: its total needs a second, different approver.</source><translation>批次 %1 已完成第一次审批：其合计金额还需另一位不同的审批人。</translation></message><message><source>Looking for paid payments to recover…</source><translation>正在查找需要追回的已发放付款…</translation></message><message><source>Mark %1 as sent to the bank?

Do this once the file has gone to the bank; it cannot be undone.</source><translation>将%1标记为已报送银行？

请在文件已交给银行后再操作；此操作不可撤销。</translation></message><message><source>Mark &amp;Sent…</source><translation>标记为已报送(&amp;S)…</translation></message><message><source>Mark the Batch Sent</source><translation>标记批次已报送</translation></message><message><source>Marking batch %1 sent…</source><translation>正在标记批次 %1 为已报送…</translation></message><message><source>No database is open.</source><translation>未打开数据库。</translation></message><message><source>No failed payment to retry.</source><translation>没有需要重发的失败付款。</translation></message><message><source>No payment batches yet.</source><translation>尚无发放批次。</translation></message><message><source>Note (optional):</source><translation>备注（可选）：</translation></message><message><source>Nothing to pay for %1: every approved award is paid or in a batch.</source><translation>%1 无需发放：所有已通过补贴均已发放或已在批次中。</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>请从“文件”菜单打开 SQLite 数据库或连接 PostgreSQL 服务器。</translation></message><message><source>Pay failed payments again to corrected accounts, in a new batch for the month.</source><translation>在该月的新批次中向更正后的账户重新发放失败的付款。</translation></message><message><source>Payments are made from approved awards; each award is paid once. Choose the month and create its batch (New Batch); it is paid after someone else approves it.</source><translation>付款来自已通过的补贴资格，每项资格只发放一次。请选择月份并创建该月批次（新建批次）；批次须经他人审批后才会发放。</translation></message><message><source>Payments of batch %1</source><translation>批次 %1 的付款</translation></message><message><source>Record recovery order %1 (%2) as settled: the money came back? This cannot be undone.</source><translation>将追回单 %1（%2）登记为已追回：款项已退回？此操作不可撤销。</translation></message><message><source>Record that the selected batch's file went to the bank.</source><translation>记录所选批次的文件已报送银行。</translation></message><message><source>Recording recovery order %1…</source><translation>正在登记追回单 %1…</translation></message><message><source>Recoveries</source><translation>追回</translation></message><message><source>Recovery Settled</source><translation>已追回</translation></message><message><source>Recovery order %1 confirmed.</source><translation>追回单 %1 已确认。</translation></message><message><source>Recovery order %1 settled.</source><translation>追回单 %1 已追回。</translation></message><message><source>Recovery order %1 written off.</source><translation>追回单 %1 已核销。</translation></message><message numerus="yes"><source>Retry %n failed payment(s) (%1 in total) to their corrected accounts in a new batch for %2?

Approved awards of the month not yet paid join the batch too.</source><translation><numerusform>在 %2 的新批次中向更正后的账户重发 %n 笔失败付款（合计 %1）？

该月尚未发放的已通过补贴也将一并纳入该批次。</numerusform></translation></message><message><source>Retry Failed Payments</source><translation>重发失败付款</translation></message><message><source>Return file applied to batch %1: %2 paid (%3), %4 failed (%5).</source><translation>回盘文件已应用到批次 %1：成功 %2 笔（%3），失败 %4 笔（%5）。</translation></message><message><source>The budgets and recoveries could not be read: %1</source><translation>无法读取预算和追回单：%1</translation></message><message><source>The month to pay: a new batch pays the approved awards up to this month.</source><translation>发放月份：新批次发放截至该月的已通过补贴。</translation></message><message><source>Why is the money not recovered (required)?</source><translation>为何无法追回款项（必填）？</translation></message><message><source>Write Off the Recovery</source><translation>核销追回单</translation></message><message><source>Write off recovery order %1 (%2)? The money is not recovered; this cannot be undone.</source><translation>核销追回单 %1（%2）？款项未能追回；此操作不可撤销。</translation></message><message><source>Write the selected batch's bank file (CSV or .xlsx).</source><translation>生成所选批次的银行代发文件（CSV 或 .xlsx）。</translation></message><message><source>Writing the bank file of batch %1…</source><translation>正在生成批次 %1 的代发文件…</translation></message><message numerus="yes"><source>batch %1 for %2 (%n payment(s), %3 in total)</source><translation><numerusform>%2 的批次 %1（%n 笔，合计 %3）</numerusform></translation></message><message><source>line %1: %2</source><translation>第 %1 行：%2</translation></message><message><source>Public &amp;Notice…</source><translation>公示名单(&amp;N)…</translation></message><message><source>The public notice (公示) list of the selected batch: masked names and ids, amounts, objections; export as PDF or .xlsx.</source><translation>所选批次的公示名单：姓名和证件号码脱敏显示，列出金额和异议；可导出为 PDF 或 .xlsx。</translation></message><message><source>%1 is the return file of batch %2, not of the batch selected. Apply it to batch %2?</source><translation>%1 是批次 %2 的回盘文件，不是所选批次的。要将其应用到批次 %2 吗？</translation></message><message numerus="yes"><source>%n fail (%1)</source><translation><numerusform>%n 笔失败（%1）</numerusform></translation></message><message numerus="yes"><source>%n payment(s) become paid (%1)</source><translation><numerusform>%n 笔支付将变为已支付（%1）</numerusform></translation></message><message><source>Apply %1 to %2?

%3 and %4; this cannot be undone.</source><translation>将 %1 应用到%2？

%3，%4；此操作不可撤销。</translation></message><message><source>Checking the return file %1…</source><translation>正在检查回盘文件 %1…</translation></message><message><source>The return file %1 is valid.</source><translation>回盘文件 %1 校验通过。</translation></message><message><source>batch %1</source><translation>批次 %1</translation></message></context>
<context>
    <name>mianshen::ui::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>&amp;Load Policy Files…</source>
        <translation>载入政策文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Load policy files (JSON) to read them, see their check findings and run their tests.</source>
        <translation>载入政策文件（JSON），查看内容、检查结果并运行其测试用例。</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the selected policy file into the database: it is checked and its tests are run first.</source>
        <translation>将所选政策文件发布到数据库：发布前会先检查并运行其测试用例。</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the selected published version: later matching runs no longer use it.</source>
        <translation>撤回所选的已发布版本：之后的匹配运行将不再使用它。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>File and check findings</source>
        <translation>文件与检查结果</translation>
    </message>
    <message>
        <source>Choose a policy in the list to read it.</source>
        <translation>在列表中选择一项政策即可查看。</translation>
    </message>
    <message>
        <source>This policy file cannot be used.</source>
        <translation>此政策文件无法使用。</translation>
    </message>
    <message numerus="yes">
        <source>It has %n error(s); they are shown in the file, at the place they are about.</source>
        <translation>
            <numerusform>文件中有 %n 个错误，已在文件中出错的位置标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Policy Files</source>
        <translation>载入政策文件</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Already published</source>
        <translation>已经发布</translation>
    </message>
    <message>
        <source>This text of %1 is already published as version %2; nothing was changed.</source>
        <translation>%1 的这一文本已作为第 %2 版发布，未做任何更改。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message numerus="yes">
        <source>%1 is published as version %2 (%n test(s) passed).</source>
        <translation>
            <numerusform>%1 已作为第 %2 版发布（%n 个测试通过）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw the policy?</source>
        <translation>撤回该政策？</translation>
    </message>
    <message>
        <source>Withdraw %1 version %2? Decisions already made keep it; later runs will not use it.</source>
        <translation>撤回 %1 第 %2 版？已作出的决定仍保留该版本；之后的运行将不再使用它。</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未撤回</translation>
    </message>
<message><source>%1 to %2</source><translation>%1 至 %2</translation></message><message><source>%1 version %2 is withdrawn.</source><translation>%1 第 %2 版已撤回。</translation></message><message numerus="yes"><source>%n test(s) of the file passed.</source><translation><numerusform>文件的 %n 项测试已通过。</numerusform></translation></message><message><source>Decisions already made are not changed.</source><translation>已作出的决定不会改变。</translation></message><message><source>In effect %1.</source><translation>有效期 %1。</translation></message><message><source>It is the first published version of %1: the next matching runs apply it.</source><translation>这是 %1 的首个发布版本：之后的匹配运行将应用它。</translation></message><message><source>It replaces version %1 (in effect %2): the next matching runs use the new text.</source><translation>它将取代第 %1 版（有效期 %2）：之后的匹配运行将使用新文本。</translation></message><message><source>Policies — the published versions could not be read: %1</source><translation>政策 — 无法读取已发布的版本：%1</translation></message><message><source>Publish the policy?</source><translation>发布该政策？</translation></message><message><source>This text is already published as version %1: nothing will change.</source><translation>此文本已作为第 %1 版发布：不会有任何变化。</translation></message><message><source>line %1, column %2</source><translation>第 %1 行第 %2 列</translation></message><message><source>open-ended</source><translation>无截止日期</translation></message><message><source>the start</source><translation>起始</translation></message><message><source>the whole file</source><translation>整个文件</translation></message><message><source>&amp;Drafts…</source><translation>草稿(&amp;D)…</translation></message><message><source>&amp;New Policy…</source><translation>新建政策(&amp;N)…</translation></message><message><source>Edit a new version of the selected published policy in the policy editor.</source><translation>在政策编辑器中编辑所选已发布政策的新版本。</translation></message><message><source>New &amp;Version</source><translation>新版本(&amp;V)</translation></message><message><source>Open a policy draft: continue editing it, or approve or send back a submitted one.</source><translation>打开政策草稿：继续编辑，或批准、退回已提交的草稿。</translation></message><message><source>Write a new policy in the policy editor (saved as a draft, published after approval).</source><translation>在政策编辑器中编写新政策（保存为草稿，经批准后发布）。</translation></message></context>
<context>
    <name>mianshen::ui::PolicyPreviewDialog</name>
    <message>
        <source>What-if preview of a policy file</source>
        <translation>政策文件模拟测算</translation>
    </message>
    <message>
        <source>Check how many subjects a policy file that is not published would qualify, and at what cost, next to the published version in effect. Nothing is written.</source>
        <translation>测算尚未发布的政策文件会使多少对象符合条件、需要多少资金，并与当前有效的已发布版本对照。不会写入任何数据。</translation>
    </message>
    <message>
        <source>A policy file (JSON)</source>
        <translation>政策文件（JSON）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Policy &amp;file:</source>
        <translation>政策文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The month to preview, as YYYY-MM</source>
        <translation>要测算的月份，格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>测算(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>自动通过</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Skipped (schedule, stacking)</source>
        <translation>跳过（发放方式、不重复享受）</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>金额合计</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>已发布版本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>当前金额</translation>
    </message>
    <message>
        <source>With the file</source>
        <translation>采用文件后</translation>
    </message>
    <message>
        <source>Amount with the file</source>
        <translation>采用文件后金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Flags now</source>
        <translation>当前审核标记</translation>
    </message>
    <message>
        <source>Flags with the file</source>
        <translation>采用文件后审核标记</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Choose a policy file and the period, then press Preview.</source>
        <translation>请选择政策文件和期间，然后点击“测算”。</translation>
    </message>
    <message>
        <source>Subjects whose award would differ appear here.</source>
        <translation>发放结果会发生变化的对象将显示在这里。</translation>
    </message>
    <message>
        <source>Choose a Policy File to Preview</source>
        <translation>选择要测算的政策文件</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the policy file to preview first.</source>
        <translation>请先选择要测算的政策文件。</translation>
    </message>
    <message>
        <source>Write the period as YYYY-MM, for example 2021-09.</source>
        <translation>请按 YYYY-MM 格式填写期间，例如 2021-09。</translation>
    </message>
    <message>
        <source>Reading the data for %1…</source>
        <translation>正在读取 %1 的数据…</translation>
    </message>
    <message>
        <source>Evaluating both versions: %1 of %2 evaluations, %3 per second</source>
        <translation>正在计算两个版本：已完成 %1 次，共 %2 次，每秒 %3 次</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法测算：%1</translation>
    </message>
    <message>
        <source>Preview of %1 (%2) for %3, %4 embedded test(s) passed; %5 subjects read in %6.%7 s. Nothing was written.</source>
        <translation>%1（%2）%3 的模拟测算：%4 个内置测试通过；用时 %6.%7 秒读取了 %5 个对象。未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 (file version %2)</source>
        <translation>%1（文件第 %2 版）</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Published version %1</source>
        <translation>已发布第 %1 版</translation>
    </message>
    <message>
        <source>%1 (%2 spent before)</source>
        <translation>%1（此前已使用 %2）</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>不设预算</translation>
    </message>
    <message>
        <source>This version is not in effect in %1.</source>
        <translation>该版本在 %1 不在有效期内。</translation>
    </message>
    <message>
        <source>Evaluated with the published policies of its stacking group: %1</source>
        <translation>已与同一不重复享受组的已发布政策一并计算：%1</translation>
    </message>
    <message>
        <source>With the file: %1 newly qualifying, %2 no longer qualifying, %3 with another amount or outcome.</source>
        <translation>采用文件后：新增符合条件 %1 个，不再符合条件 %2 个，金额或结果有变化 %3 个。</translation>
    </message>
    <message>
        <source>The table shows the first %1 by subject id.</source>
        <translation>表中显示按对象编号排序的前 %1 个。</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>不予发放</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>自动通过</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>newly qualifying</source>
        <translation>新增符合条件</translation>
    </message>
    <message>
        <source>no longer qualifying</source>
        <translation>不再符合条件</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Cases for review</source>
        <translation>待审核事项</translation>
    </message>
    <message>
        <source>No cases are waiting for review.</source>
        <translation>没有待审核的事项。</translation>
    </message>
    <message>
        <source>Cases appear here after a matching run flags them.</source>
        <translation>匹配运行标记需要审核的事项后，会显示在这里。</translation>
    </message>
<message><source>%1 %2</source><translation>%1 %2</translation></message><message><source>%1 You can read the case; deciding it is left to whoever holds it.</source><translation>%1 您可以查看该案件，但只能由持有人作出决定。</translation></message><message numerus="yes"><source>%n case(s)</source><translation><numerusform>%n 个案件</numerusform></translation></message><message numerus="yes"><source>%n case(s) of %1 released.</source><translation><numerusform>已释放 %1 的 %n 个案件。</numerusform></translation></message><message><source>A second opinion on case %1 is asked for.</source><translation>已就案件 %1 请求第二意见。</translation></message><message><source>Case %1 approved.</source><translation>案件 %1 已批准。</translation></message><message><source>Case %1 could not be read: %2
Check the connection, then refresh (F5).</source><translation>无法读取案件 %1：%2
请检查连接，然后刷新（F5）。</translation></message><message><source>Case %1 is now held by %2.</source><translation>案件 %1 现由 %2 持有。</translation></message><message><source>Case %1 rejected.</source><translation>案件 %1 已驳回。</translation></message><message><source>Case %1 returned for correction of %2.%3.</source><translation>案件 %1 已退回，待更正 %2.%3。</translation></message><message><source>Case %1 was not given to %2: %3</source><translation>案件 %1 未能转交给 %2：%3</translation></message><message><source>Case %1: nothing was saved. %2</source><translation>案件 %1：未保存任何内容。%2</translation></message><message><source>Case %1: your approval is recorded; a second reviewer must approve it too.</source><translation>案件 %1：您的批准已记录；还需另一位复核人批准。</translation></message><message><source>Comment on case %1 saved.</source><translation>案件 %1 的意见已保存。</translation></message><message><source>Counting…</source><translation>正在统计…</translation></message><message><source>Give case %1 to another reviewer…</source><translation>将案件 %1 转交其他复核人…</translation></message><message><source>Give the case to</source><translation>将案件转交给</translation></message><message><source>No case left in the queue for these filters.</source><translation>按当前筛选条件，队列中已没有案件。</translation></message><message><source>No database is open.</source><translation>未打开数据库。</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>请从“文件”菜单打开 SQLite 数据库或连接 PostgreSQL 服务器。</translation></message><message><source>Personal data of case %1 is shown; the reveal is recorded in the audit log.</source><translation>已显示案件 %1 的个人信息；查看行为已记入审计日志。</translation></message><message><source>Reading case %1…</source><translation>正在读取案件 %1…</translation></message><message><source>Reading more cases…</source><translation>正在读取更多案件…</translation></message><message><source>Release cases</source><translation>释放案件</translation></message><message><source>Release every case %1 holds? They go back to the queue for anyone to take.</source><translation>释放 %1 持有的全部案件？这些案件将回到队列，任何人都可以领取。</translation></message><message><source>Release every case held by %1</source><translation>释放 %1 持有的全部案件</translation></message><message><source>The cases of %1 were not released: %2</source><translation>%1 的案件未能释放：%2</translation></message><message><source>The comment on case %1 was not saved: %2</source><translation>案件 %1 的意见未能保存：%2</translation></message><message><source>The policies could not be read (%1): flags show by their ids.</source><translation>无法读取政策（%1）：复核标记将以编号显示。</translation></message><message><source>The queue could not be read: %1 Check the connection, then refresh (F5).</source><translation>无法读取队列：%1 请检查连接，然后刷新（F5）。</translation></message><message><source>The reviewer's user name:</source><translation>复核人的用户名：</translation></message><message><source>This is the first case of the queue.</source><translation>这是队列中的第一个案件。</translation></message><message><source>This is the last case of the queue.</source><translation>这是队列中的最后一个案件。</translation></message><message><source>You hold case %1 until %2; the hold is renewed while it is open.</source><translation>您持有案件 %1 至 %2；案件打开期间会自动续期。</translation></message><message><source>Your decision on case %1 is undone; the case is open again.</source><translation>您对案件 %1 的决定已撤销；案件重新待处理。</translation></message><message><source>Your decision on case %1 was not undone: %2</source><translation>您对案件 %1 的决定未能撤销：%2</translation></message><message><source>Your hold on case %1 ended: %2 Open the case again to decide it.</source><translation>您对案件 %1 的持有已结束：%2 请重新打开案件后再作决定。</translation></message><message><source>by flag: %1</source><translation>按标记：%1</translation></message><message><source>by policy: %1</source><translation>按政策：%1</translation></message><message><source>reading…</source><translation>读取中…</translation></message></context>
<context>
    <name>mianshen::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>A new language is applied at once to every window.</source>
        <translation>新语言会立即应用到所有窗口。</translation>
    </message>
    <message>
        <source>Mask id and account numbers in tables by default</source>
        <translation>表格中默认隐藏身份证号和账号</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Results per run and policy</source>
        <translation>各次运行、各项政策的结果</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>尚无统计数字。</translation>
    </message>
    <message>
        <source>Statistics are computed from completed matching runs: approved, flagged, over budget and ineligible subjects and the amounts per policy.</source>
        <translation>统计数字来自已完成的匹配运行：各项政策的自动通过、待审核、超出预算和不符合条件的对象数量及金额。</translation>
    </message>
<message><source>%1 %2 to %3.png</source><translation>%1 %2 至 %3.png</translation></message><message numerus="yes"><source>%1 to %2: %3 net disbursed in %n payment(s).</source><translation><numerusform>%1 至 %2：净兑现 %3，共 %n 笔。</numerusform></translation></message><message numerus="yes"><source>%n policy(ies)</source><translation><numerusform>%n 项政策</numerusform></translation></message><message><source>All policies</source><translation>全部政策</translation></message><message><source>Copy sentence</source><translation>复制报告语句</translation></message><message><source>Could not write %1.</source><translation>无法写入 %1。</translation></message><message><source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source><translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation></message><message><source>Export chart…</source><translation>导出图表…</translation></message><message><source>Export table…</source><translation>导出表格…</translation></message><message><source>Export the chart</source><translation>导出图表</translation></message><message><source>Export the table</source><translation>导出表格</translation></message><message><source>First month</source><translation>起始月份</translation></message><message><source>Last month</source><translation>截止月份</translation></message><message><source>No database is open.</source><translation>未打开数据库。</translation></message><message><source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source><translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF (*.pdf)</translation></message><message><source>Print… (%1)</source><translation>打印…（%1）</translation></message><message><source>Reading the figures…</source><translation>正在读取数据…</translation></message><message><source>Refresh</source><translation>刷新</translation></message><message><source>The figures could not be read: %1</source><translation>无法读取数据：%1</translation></message><message><source>Wrote %1.</source><translation>已写入 %1。</translation></message><message><source>statistics %1 to %2.xlsx</source><translation>统计 %1 至 %2.xlsx</translation></message><message><source>Public notice…</source><translation>公示名单…</translation></message><message><source>The 公示 list of a policy's payments in the last month of the range, or of a payment batch: masked, exported as PDF or .xlsx, with the objections received</source><translation>某政策在所选范围最后一个月的支付公示名单，或某支付批次的公示名单：已脱敏，可导出为 PDF 或 .xlsx，并附收到的异议</translation></message><message numerus="yes"><source>%n subject(s) paid.</source><translation><numerusform>共惠及 %n 个对象。</numerusform></translation></message></context>
<context>
    <name>mianshen::ui::TableBrowser</name>
    <message>
        <source>The rows could not be read: %1</source>
        <translation>无法读取数据行：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>已加载 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>%1 rows loaded, counting…</source>
        <translation>已加载 %1 行，正在计数…</translation>
    </message>
    <message>
        <source>Filter: text to find, =exact, &gt;=1000, &lt;2021-07, - for no value</source>
        <translation>筛选：输入要查找的文字；=精确匹配；&gt;=1000；&lt;2021-07；- 表示无值</translation>
    </message>
    <message>
        <source>The column to filter</source>
        <translation>要筛选的列</translation>
    </message>
    <message>
        <source>Show id and account numbers</source>
        <translation>显示身份证号和账号</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
<message><source>%1 rows loaded; reading failed (see above)</source><translation>已加载 %1 行；读取失败（见上方）</translation></message><message><source>CSV files (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message><message><source>Cannot export</source><translation>无法导出</translation></message><message><source>Cannot print</source><translation>无法打印</translation></message><message><source>Export the Table as CSV</source><translation>将表格导出为 CSV</translation></message><message><source>Export…</source><translation>导出…</translation></message><message><source>Print the rows matching the filter (at most %1), masked as shown.</source><translation>打印符合筛选条件的行（最多 %1 行），按显示方式遮蔽。</translation></message><message><source>Print…</source><translation>打印…</translation></message><message><source>Save every row matching the filter as CSV (for Excel), masked as shown.</source><translation>将符合筛选条件的所有行保存为 CSV（可用 Excel 打开），按显示方式遮蔽。</translation></message><message><source>%1 of %Ln row(s) loaded</source><translation>已加载 %1 行，共 %Ln 行</translation></message><message><source>%Ln row(s) loaded, counting…</source><translation>已加载 %Ln 行，正在计数…</translation></message><message><source>%Ln row(s) loaded; reading failed (see above)</source><translation>已加载 %Ln 行；读取失败（见上方）</translation></message><message><source>Click a title to sort; right-click to show or hide columns.</source><translation>单击标题排序；右键单击可显示或隐藏列。</translation></message></context>
<context>
    <name>mianshen::ui::TablePage</name>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source>
        <translation>请通过“文件”菜单打开 SQLite 数据库或连接 PostgreSQL 服务器。</translation>
    </message>
<message><source>The rows could not be read.</source><translation>无法读取数据行。</translation></message><message><source>Personal data stays masked</source><translation>个人信息保持遮蔽</translation></message></context>
<context><name>mianshen::audit::AuditLog</name><message><source>An audit entry needs an action and an entity (a fault of the program: please report it).</source><translation>审计条目必须有操作和对象（程序错误，请报告）。</translation></message><message><source>The audit log could not be written (%1): %2</source><translation>无法写入审计日志（%1）：%2</translation></message><message><source>The audit log is written only inside the transaction of the change it records; none is open (a fault of the program: please report it).</source><translation>审计日志只能在其所记录变更的事务内写入，但当前没有打开的事务（程序错误，请报告）。</translation></message><message><source>append the row</source><translation>追加该行</translation></message><message><source>read the last row</source><translation>读取最后一行</translation></message><message><source>wait for the other writers</source><translation>等待其他写入者</translation></message></context><context><name>mianshen::audit::AuditQuery</name><message><source>"%1" is not a time: write a date (2026-12-01) or a date and time (2026-12-01T08:30, 2026-12-01T08:30:00+08:00; without an offset it is UTC).</source><translation>“%1”不是时间：请写日期（2026-12-01）或日期和时间（2026-12-01T08:30、2026-12-01T08:30:00+08:00；不带时区偏移时按 UTC）。</translation></message><message><source>The audit log could not be read: %1</source><translation>无法读取审计日志：%1</translation></message><message><source>The list could not be written: %1</source><translation>无法写出列表：%1</translation></message></context><context><name>mianshen::audit::AuditVerifier</name><message><source>The audit log could not be read: %1</source><translation>无法读取审计日志：%1</translation></message><message><source>The audit log could not be read: the database is not open.</source><translation>无法读取审计日志：数据库未打开。</translation></message><message><source>The verification was cancelled.</source><translation>校验已取消。</translation></message></context><context><name>mianshen::audit::VerifyReport</name><message><source>Row %1 of the audit log was changed after it was written: its contents no longer give its hash.</source><translation>审计日志第 %1 行在写入后被修改：其内容已与其哈希不符。</translation></message><message><source>Row %1 of the audit log was changed after it was written: its hash is not the one row %2 was chained to.</source><translation>审计日志第 %1 行在写入后被修改：其哈希不是第 %2 行所链接的哈希。</translation></message><message><source>Row %1 of the audit log was deleted: row %2 is chained to a row that is no longer there.</source><translation>审计日志第 %1 行被删除：第 %2 行链接到一个已不存在的行。</translation></message><message><source>Row %1 of the audit log was inserted afterwards: row %2 is chained to the row before it.</source><translation>审计日志第 %1 行是事后插入的：第 %2 行链接到它之前的那一行。</translation></message><message><source>Rows %1 to %2 of the audit log were deleted: row %3 is chained to a row that is no longer there.</source><translation>审计日志第 %1 至 %2 行被删除：第 %3 行链接到一个已不存在的行。</translation></message><message><source>The audit log is empty: nothing to verify.</source><translation>审计日志为空，无需校验。</translation></message><message numerus="yes"><source>The audit log is intact: %n row(s) verified. The last is row %1, hash %2.</source><translation><numerusform>审计日志完整：已校验 %n 行。最后一行为第 %1 行，哈希 %2。</numerusform></translation></message><message><source>The last rows of the audit log were deleted: rows %1 to %2 were written but are no longer there.</source><translation>审计日志末尾的行被删除：第 %1 至 %2 行曾经写入，现已不存在。</translation></message></context><context><name>mianshen::cli::AuditCommand</name><message numerus="yes"><source>%n row(s) written to %1.</source><translation><numerusform>已将 %n 行写入 %1。</numerusform></translation></message><message><source>A</source><translation>A</translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>Cannot write to standard output.</source><translation>无法写入标准输出。</translation></message><message><source>E</source><translation>E</translation></message><message><source>FILE.csv</source><translation>文件.csv</translation></message><message><source>ID</source><translation>ID</translation></message><message><source>ISO</source><translation>ISO</translation></message><message><source>N</source><translation>N</translation></message><message><source>Verify the audit log's hash chain (audit verify) or list its rows as CSV (audit list).</source><translation>校验审计日志的哈希链（audit verify），或以 CSV 列出其记录（audit list）。</translation></message><message><source>audit list: --limit must be a whole number above 0.</source><translation>audit list：--limit 必须是大于 0 的整数。</translation></message><message><source>audit: say what to do: verify or list.</source><translation>audit：请指明操作：verify 或 list。</translation></message><message><source>list: from this time on (2026-12-01 or 2026-12-01T08:30+08:00; no offset = UTC).</source><translation>list：从此时间起（2026-12-01 或 2026-12-01T08:30+08:00；不带偏移即 UTC）。</translation></message><message><source>list: only the newest N rows.</source><translation>list：只列出最新的 N 行。</translation></message><message><source>list: only this action (import, policy.publish, run.complete, ...).</source><translation>list：只列出此操作（import、policy.publish、run.complete 等）。</translation></message><message><source>list: only this kind of thing (award, policy, import, run, ...).</source><translation>list：只列出此类对象（award、policy、import、run 等）。</translation></message><message><source>list: only this thing's id.</source><translation>list：只列出此对象编号。</translation></message><message><source>list: only what this person or login did.</source><translation>list：只列出此人或此登录名的操作。</translation></message><message><source>list: up to this time (a date: to the end of that day).</source><translation>list：截至此时间（只写日期时到当天结束）。</translation></message><message><source>list: write to this file (default: standard output).</source><translation>list：写入此文件（默认：标准输出）。</translation></message><message><source>verify | list</source><translation>verify | list</translation></message></context><context><name>mianshen::cli::DemoHistory</name><message><source>Award %1 could not be approved: %2</source><translation>补贴 %1 无法批准：%2</translation></message><message><source>Award %1 could not be rejected: %2</source><translation>补贴 %1 无法驳回：%2</translation></message><message><source>Batch %1 still needs an approval.</source><translation>批次 %1 仍需一次审批。</translation></message><message><source>Could not %1: %2</source><translation>无法%1：%2</translation></message><message><source>Could not create the folder %1.</source><translation>无法创建文件夹 %1。</translation></message><message><source>Could not write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>Could not write the bank return file %1: %2</source><translation>无法写入银行回盘文件 %1：%2</translation></message><message><source>No payments in %1: no objections recorded.</source><translation>%1 没有支付：未记录异议。</translation></message><message><source>No recovery was proposed.</source><translation>没有提出追回。</translation></message><message><source>Recovery %1 settled (%2 proposed).</source><translation>追回 %1 已结清（共提出 %2 笔）。</translation></message><message><source>The bank return file %1, line %2: %3</source><translation>银行回盘文件 %1，第 %2 行：%3</translation></message><message><source>The corrected bank accounts (%1) were not imported: %2</source><translation>更正后的银行账户（%1）未能导入：%2</translation></message><message><source>Two objections to the notice list of %1 %2.</source><translation>已记录对 %1 %2 公示名单的两条异议。</translation></message><message><source>read a bank account</source><translation>读取银行账户</translation></message><message><source>read the batch's payments</source><translation>读取批次的支付</translation></message><message><source>read the open cases</source><translation>读取待审案件</translation></message><message><source>read the payments of %1</source><translation>读取 %1 的支付</translation></message></context><context><name>mianshen::cli::DemoHistoryCommand</name><message><source>DIR</source><translation>目录</translation></message><message><source>Give the demo database a year of history: monthly runs, review decisions, payment batches with bank returns, a recovery and notice objections (SQLite).</source><translation>为演示数据库生成一年的历史：每月匹配、审核决定、带银行回盘的支付批次、一笔追回和公示异议（SQLite）。</translation></message><message><source>How many months (default 12).</source><translation>月数（默认 12）。</translation></message><message><source>N</source><translation>N</translation></message><message><source>S</source><translation>S</translation></message><message><source>The first month (default 2021-01).</source><translation>起始月份（默认 2021-01）。</translation></message><message><source>The folder for the bank files, bank return files and account corrections.</source><translation>存放银行文件、银行回盘文件和账户更正文件的文件夹。</translation></message><message><source>The seed of every choice (default 1).</source><translation>所有选择的随机种子（默认 1）。</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>demo-history works on SQLite only: its reviewers and approvers are operating-system user names, and on PostgreSQL the actor is the login.</source><translation>demo-history 仅适用于 SQLite：其审核人和审批人是操作系统用户名，而在 PostgreSQL 上操作者是登录角色。</translation></message><message><source>demo-history: %1</source><translation>demo-history：%1</translation></message><message><source>demo-history: %1 months in %2 ms.</source><translation>demo-history：%1 个月，用时 %2 毫秒。</translation></message><message><source>demo-history: %1: %2</source><translation>demo-history：%1：%2</translation></message><message><source>demo-history: could not create the folder %1.</source><translation>demo-history：无法创建文件夹 %1。</translation></message><message><source>demo-history: give --files DIR, and --from YYYY-MM, --months 1-120, --seed N if not the defaults.</source><translation>demo-history：请给出 --files DIR；如不用默认值，再给出 --from YYYY-MM、--months 1-120、--seed N。</translation></message><message><source>month	run	decisions	approved	rejected	open	batch	payments	retried	total	paid	failed	ms</source><translation>月份	运行	决定	批准	驳回	待审	批次	支付	重付	合计	已付	失败	毫秒</translation></message></context><context><name>mianshen::cli::NoticeCommand</name><message numerus="yes"><source>, %n objection(s).</source><translation><numerusform>，%n 条异议。</numerusform></translation></message><message><source>A note on the outcome.</source><translation>处理结果说明。</translation></message><message><source>CODE</source><translation>代码</translation></message><message><source>FILE</source><translation>文件</translation></message><message><source>How many days it is displayed (default: 7).</source><translation>公示天数（默认：7）。</translation></message><message><source>ID</source><translation>证件号</translation></message><message><source>N</source><translation>N</translation></message><message><source>NAME</source><translation>姓名</translation></message><message><source>OUTCOME</source><translation>结果</translation></message><message><source>Record an objection received against a notice list.</source><translation>登记针对公示名单收到的异议。</translation></message><message><source>Record the outcome of an objection.</source><translation>登记异议的处理结果。</translation></message><message><source>Recorded objection %1.</source><translation>已登记异议 %1。</translation></message><message><source>Recorded the outcome of objection %1.</source><translation>已登记异议 %1 的处理结果。</translation></message><message><source>TEXT</source><translation>文本</translation></message><message><source>The first day the list is displayed (default: today).</source><translation>公示开始日期（默认：今天）。</translation></message><message><source>The month of the list (YYYY-MM).</source><translation>名单所属月份（YYYY-MM）。</translation></message><message><source>The month of the payments (YYYY-MM).</source><translation>支付所在月份（YYYY-MM）。</translation></message><message><source>The objection's number.</source><translation>异议编号。</translation></message><message><source>The policy code.</source><translation>政策代码。</translation></message><message><source>The subject it is about (default: the whole list).</source><translation>涉及的对象（默认：整个名单）。</translation></message><message><source>What the objection says.</source><translation>异议内容。</translation></message><message><source>When it was decided (default: today).</source><translation>处理日期（默认：今天）。</translation></message><message><source>When it was received.</source><translation>收到日期。</translation></message><message><source>Who objected.</source><translation>异议人。</translation></message><message><source>Write the public notice (公示) list of a policy's payments in a month as PDF or .xlsx; record objections (notice objection) and their outcome (notice outcome).</source><translation>将某政策某月支付的公示名单输出为 PDF 或 .xlsx；登记异议（notice objection）及其处理结果（notice outcome）。</translation></message><message><source>Write to FILE.pdf or FILE.xlsx.</source><translation>写入 FILE.pdf 或 FILE.xlsx。</translation></message><message numerus="yes"><source>Wrote %1: %n subject(s)</source><translation><numerusform>已写入 %1：%n 个对象</numerusform></translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>YYYY-MM-DD</source><translation>YYYY-MM-DD</translation></message><message><source>notice objection: give --policy, --period, --raised-by and --received.</source><translation>notice objection：请给出 --policy、--period、--raised-by 和 --received。</translation></message><message><source>notice outcome: give --id N and --outcome (and --date YYYY-MM-DD if not today).</source><translation>notice outcome：请给出 --id N 和 --outcome（如非今天，再给出 --date YYYY-MM-DD）。</translation></message><message><source>notice: give --policy CODE --period YYYY-MM --out FILE.pdf|.xlsx (--notice-from YYYY-MM-DD and --notice-days N are optional).</source><translation>notice：请给出 --policy 代码 --period YYYY-MM --out FILE.pdf|.xlsx（--notice-from YYYY-MM-DD 和 --notice-days N 可选）。</translation></message><message><source>pending (default), upheld, dismissed or withdrawn.</source><translation>pending（默认，待处理）、upheld（成立）、dismissed（不成立）或 withdrawn（撤回）。</translation></message><message><source>upheld, dismissed, withdrawn or pending.</source><translation>upheld（成立）、dismissed（不成立）、withdrawn（撤回）或 pending（待处理）。</translation></message><message><source>zh or en (default: the system's).</source><translation>zh 或 en（默认：系统语言）。</translation></message><message><source>zh|en</source><translation>zh|en</translation></message></context><context><name>mianshen::cli::PayCommand</name><message numerus="yes"><source>%n failed payment(s) expired; their money is back in the budget.</source><translation><numerusform>%n 笔失败的发放已过期；其金额已退回预算。</numerusform></translation></message><message numerus="yes"><source>%n held award(s) released: the budget allows them now.</source><translation><numerusform>%n 笔暂缓的补贴已放行：预算现已允许。</numerusform></translation></message><message numerus="yes"><source>%n recovery order(s) proposed.</source><translation><numerusform>已生成 %n 张追回建议单。</numerusform></translation></message><message><source>; the batch is reconciled</source><translation>；批次已核对完毕</translation></message><message numerus="yes"><source>Batch %1 for %2: %n payment(s), %3 (%4 retried); needs %5 approval(s).</source><translation><numerusform>%2 的批次 %1：%n 笔发放，%3（其中重发 %4 笔）；需要 %5 人审批。</numerusform></translation></message><message><source>Batch %1 is marked sent to the bank.</source><translation>批次 %1 已标记为已送银行。</translation></message><message><source>Batch %1 written to %2 (SHA-256 %3).</source><translation>批次 %1 已写入 %2（SHA-256 %3）。</translation></message><message><source>Batch %1: %2 paid (%3), %4 failed (%5)%6.</source><translation>批次 %1：成功 %2 笔（%3），失败 %4 笔（%5）%6。</translation></message><message><source>Batch %1: approval %2 of %3; the batch is %4.</source><translation>批次 %1：第 %2 次审批（共需 %3 次）；批次状态为 %4。</translation></message><message><source>FILE</source><translation>文件</translation></message><message><source>Held (%1): %2</source><translation>暂缓发放（%1）：%2</translation></message><message><source>Nothing to pay for %1: no batch created.</source><translation>%1 没有待发放的补贴：未创建批次。</translation></message><message><source>Pay approved awards: pay batch|approve|export|sent|returns|status|recoveries.</source><translation>发放已批准的补贴：pay batch|approve|export|sent|returns|status|recoveries。</translation></message><message><source>Recovery order %1: %2 done.</source><translation>追回单 %1：%2 已完成。</translation></message><message><source>TEXT</source><translation>文本</translation></message><message><source>Warning: %1</source><translation>警告：%1</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>batch	period	status	payments	total	paid	failed	approvals</source><translation>批次	月份	状态	笔数	合计	成功	失败	审批</translation></message><message><source>batch | approve | export | sent | returns | status | recoveries</source><translation>batch | approve | export | sent | returns | status | recoveries</translation></message><message><source>batch, status: the month (YYYY-MM).</source><translation>batch、status：月份（YYYY-MM）。</translation></message><message><source>export: the bank file to write (.csv or .xlsx).</source><translation>export：要写出的银行文件（.csv 或 .xlsx）。</translation></message><message><source>pay recoveries %1: give the recovery order's number.</source><translation>pay recoveries %1：请给出追回单编号。</translation></message><message><source>pay recoveries: unknown verb "%1" (propose, confirm, settle, write-off).</source><translation>pay recoveries：未知操作“%1”（propose、confirm、settle、write-off）。</translation></message><message><source>pay: usage: pay batch --period YYYY-MM | approve BATCH | export BATCH --out FILE | sent BATCH | returns FILE | status [--period YYYY-MM] | recoveries [propose | confirm ID | settle ID | write-off ID --note TEXT]</source><translation>pay：用法：pay batch --period YYYY-MM | approve 批次 | export 批次 --out 文件 | sent 批次 | returns 文件 | status [--period YYYY-MM] | recoveries [propose | confirm 编号 | settle 编号 | write-off 编号 --note 文本]</translation></message><message><source>policy	budget	paid	committed	held	remaining	used</source><translation>政策	预算	已发放	已承诺	暂缓	剩余	使用率</translation></message><message><source>recoveries settle / write-off: a note.</source><translation>recoveries settle / write-off：备注。</translation></message><message><source>recovery	payment	policy	subject	period	amount	status	reason	evidence</source><translation>追回单	发放	政策	对象	月份	金额	状态	原因	依据</translation></message></context><context><name>mianshen::cli::PaymentsCommand</name><message numerus="yes"><source>%n paid payment(s) of %1 written to %2.</source><translation><numerusform>%1 的 %n 笔已发放记录已写入 %2。</numerusform></translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>FILE</source><translation>文件</translation></message><message><source>The file to write.</source><translation>要写出的文件。</translation></message><message><source>The month the batches paid in (YYYY-MM).</source><translation>批次发放的月份（YYYY-MM）。</translation></message><message><source>Write a month's paid payments in the payment_history feed's format (payments --period YYYY-MM --out FILE).</source><translation>按 payment_history 数据接口格式写出某月已发放的记录（payments --period YYYY-MM --out 文件）。</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>payments: give --period YYYY-MM and --out FILE.</source><translation>payments：请给出 --period YYYY-MM 和 --out 文件。</translation></message></context><context><name>mianshen::cli::ReviewCommand</name><message numerus="yes"><source>%n case(s) decided.</source><translation><numerusform>已决定 %n 件案件。</numerusform></translation></message><message><source>--version must be a positive number.</source><translation>--version 应为正整数。</translation></message><message><source>CODE</source><translation>编码</translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>FEED</source><translation>数据源</translation></message><message><source>FIELD</source><translation>字段</translation></message><message><source>FILE</source><translation>文件</translation></message><message><source>FLAG</source><translation>标记</translation></message><message><source>N</source><translation>N</translation></message><message><source>No case is waiting.</source><translation>没有等待中的案件。</translation></message><message><source>Review queue: review list | decide AWARD_ID approve|reject|return --reason TEXT | claim-next | release ID | comment ID TEXT | undo ID.</source><translation>复核队列：review list | decide AWARD_ID approve|reject|return --reason TEXT | claim-next | release ID | comment ID TEXT | undo ID。</translation></message><message><source>STATUS</source><translation>状态</translation></message><message><source>TEXT</source><translation>文本</translation></message><message><source>V</source><translation>版本</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>decide return: the feed in doubt.</source><translation>decide return：存疑的数据源。</translation></message><message><source>decide return: the field in doubt.</source><translation>decide return：存疑的字段。</translation></message><message><source>decide, undo: the award version you saw (default: the current one).</source><translation>decide、undo：您看到的发放记录版本（默认：当前版本）。</translation></message><message><source>decide, work: the reason (required for reject and return).</source><translation>decide、work：理由（不予通过和退回时必填）。</translation></message><message><source>decide: the rejection reason code (default: other).</source><translation>decide：不予通过的理由代码（默认：other）。</translation></message><message><source>list | decide | claim-next | release | comment | undo | work</source><translation>list | decide | claim-next | release | comment | undo | work</translation></message><message><source>list, claim-next, work: only this policy.</source><translation>list、claim-next、work：仅此政策。</translation></message><message><source>list: only cases with this flag.</source><translation>list：仅含此复核标记的案件。</translation></message><message><source>list: only this status (repeatable; default: awaiting_review and reopened; "all" for every one).</source><translation>list：仅此状态（可重复；默认 awaiting_review 和 reopened；"all" 表示全部）。</translation></message><message><source>list: show subject ids in full (recorded in the audit log).</source><translation>list：完整显示对象证件号（记入审计日志）。</translation></message><message><source>list: the award period (YYYY-MM; "" for one-off).</source><translation>list：发放期间（YYYY-MM；一次性发放为 ""）。</translation></message><message><source>list: write CSV to this file (default: standard output).</source><translation>list：将 CSV 写入此文件（默认：标准输出）。</translation></message><message><source>review %1: give the award id.</source><translation>review %1：请给出发放记录编号。</translation></message><message><source>review comment: give AWARD_ID and the text.</source><translation>review comment：请给出 AWARD_ID 和备注内容。</translation></message><message><source>review decide: give AWARD_ID and approve, reject or return.</source><translation>review decide：请给出 AWARD_ID 以及 approve、reject 或 return。</translation></message><message><source>review list --reveal</source><translation>review list --reveal</translation></message><message><source>review list: --period must be YYYY-MM (or "" for one-off awards).</source><translation>review list：--period 应为 YYYY-MM（一次性发放为 ""）。</translation></message><message><source>review: say what to do: list, decide, claim-next, release, comment, undo or work.</source><translation>review：请说明要做什么：list、decide、claim-next、release、comment、undo 或 work。</translation></message><message><source>review: unknown verb "%1" (expected %2).</source><translation>review：未知操作“%1”（应为 %2）。</translation></message><message><source>work: seed of the random decisions.</source><translation>work：随机决定的种子。</translation></message></context><context><name>mianshen::cli::StatsCommand</name><message><source>Also print the report sentence (cumulative to --to) in both languages.</source><translation>同时输出中英文的报告语句（累计至 --to）。</translation></message><message><source>CODE</source><translation>代码</translation></message><message><source>FILE</source><translation>文件</translation></message><message><source>First recompute the maintained totals from the ledger.</source><translation>先从资金台账重新计算维护的合计。</translation></message><message><source>GROUP</source><translation>分组</translation></message><message><source>Group by month, policy, department, kind or policy-month (default: policy).</source><translation>按 month（月份）、policy（政策）、department（部门）、kind（对象类型）或 policy-month（政策×月份）分组（默认：policy）。</translation></message><message><source>Only this policy (repeatable).</source><translation>只统计此政策（可重复）。</translation></message><message><source>Rebuilt the statistics from the ledger.</source><translation>已从资金台账重建统计。</translation></message><message><source>Recount the range from the ledger and check it against the maintained totals.</source><translation>从资金台账重新统计该范围，并与维护的合计核对。</translation></message><message numerus="yes"><source>Recount: the maintained totals equal the ledger (%n policy-month(s)).</source><translation><numerusform>重新统计：维护的合计与资金台账一致（%n 个政策月）。</numerusform></translation></message><message><source>Show or export disbursement totals per month, policy or department (from the ledger).</source><translation>按月份、政策或部门显示或导出兑现合计（来自资金台账）。</translation></message><message><source>The first month (YYYY-MM).</source><translation>起始月份（YYYY-MM）。</translation></message><message><source>The last month (YYYY-MM).</source><translation>截止月份（YYYY-MM）。</translation></message><message><source>The maintained totals differ from a recount of the ledger. Rebuild them with `mianshen stats --rebuild --from ... --to ...` and report how it happened.</source><translation>维护的合计与资金台账重新统计的结果不一致。请用 `mianshen stats --rebuild --from ... --to ...` 重建，并报告发生经过。</translation></message><message><source>Write to FILE.csv or FILE.xlsx.</source><translation>写入 FILE.csv 或 FILE.xlsx。</translation></message><message numerus="yes"><source>Wrote %1 (%n row(s)).</source><translation><numerusform>已写入 %1（%n 行）。</numerusform></translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>stats: give --from YYYY-MM --to YYYY-MM (from not after to) and --by month, policy, department, kind or policy-month.</source><translation>stats：请给出 --from YYYY-MM --to YYYY-MM（起始不晚于截止）以及 --by month、policy、department、kind 或 policy-month。</translation></message><message><source>zh or en (default: the system's).</source><translation>zh 或 en（默认：系统语言）。</translation></message><message><source>zh|en</source><translation>zh|en</translation></message></context><context><name>mianshen::itemmodels::AuditLogModel</name><message><source>Action</source><translation>操作</translation></message><message><source>After</source><translation>变更后</translation></message><message><source>Before</source><translation>变更前</translation></message><message><source>Entity</source><translation>对象</translation></message><message><source>Entity id</source><translation>对象编号</translation></message><message><source>Hash</source><translation>哈希</translation></message><message><source>No.</source><translation>序号</translation></message><message><source>Reason</source><translation>理由</translation></message><message><source>Role</source><translation>角色</translation></message><message><source>The audit log could not be read: %1</source><translation>无法读取审计日志：%1</translation></message><message><source>Time</source><translation>时间</translation></message><message><source>Who</source><translation>操作人</translation></message></context><context><name>mianshen::itemmodels::NoticeDocument</name><message><source>%1: write the notice list to a .pdf or .xlsx file.</source><translation>%1：请将公示名单写入 .pdf 或 .xlsx 文件。</translation></message><message numerus="yes"><source>%n subject(s), total %1 yuan.</source><translation><numerusform>共 %n 个对象，合计 %1 元。</numerusform></translation></message><message><source>About</source><translation>涉及对象</translation></message><message><source>Amount (yuan)</source><translation>金额（元）</translation></message><message><source>Could not set up the page of %1.</source><translation>无法设置 %1 的页面。</translation></message><message><source>Could not write %1: check that its folder exists and is writable.</source><translation>无法写入 %1：请检查所在文件夹存在且可写。</translation></message><message><source>Decided</source><translation>处理日期</translation></message><message><source>For period</source><translation>所属期</translation></message><message><source>Id number / credit code</source><translation>身份证号 / 统一社会信用代码</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>No.</source><translation>序号</translation></message><message><source>None.</source><translation>无。</translation></message><message><source>Note</source><translation>说明</translation></message><message><source>Notice period: %1 to %2. Objections may be raised with the publishing department within this period.</source><translation>公示期：%1 至 %2。如有异议，请在公示期内向公示单位反映。</translation></message><message><source>Objection</source><translation>异议内容</translation></message><message><source>Objections</source><translation>异议</translation></message><message><source>Objections received</source><translation>收到的异议</translation></message><message><source>Outcome</source><translation>处理结果</translation></message><message><source>Public notice: %1, %2</source><translation>%1公示名单（%2）</translation></message><message><source>Published by: %1</source><translation>公示单位：%1</translation></message><message><source>Raised by</source><translation>异议人</translation></message><message><source>Received</source><translation>收到日期</translation></message><message><source>Total</source><translation>合计</translation></message><message><source>Writing a PDF needs the program's graphical libraries (fonts); write the list as .xlsx instead.</source><translation>生成 PDF 需要程序的图形库（字体）；请改为输出 .xlsx。</translation></message><message><source>dismissed</source><translation>不成立</translation></message><message><source>one-off</source><translation>一次性</translation></message><message><source>pending</source><translation>待处理</translation></message><message><source>the whole list</source><translation>整个名单</translation></message><message><source>upheld</source><translation>成立</translation></message><message><source>withdrawn</source><translation>已撤回</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Public notice: %1, payment batch %2, %3</source><translation>公示：%1，支付批次 %2，%3</translation></message><message><source>Public notice: payment batch %1, %2</source><translation>公示：支付批次 %1，%2</translation></message></context><context><name>mianshen::itemmodels::TableExport</name><message><source>%1: write the figures to a .csv or .xlsx file.</source><translation>%1：请将数据写入 .csv 或 .xlsx 文件。</translation></message><message><source>Could not create %1: check that its folder exists and is writable.</source><translation>无法创建 %1：请检查所在文件夹存在且可写。</translation></message><message><source>Could not write %1: %2</source><translation>无法写入 %1：%2</translation></message></context><context><name>mianshen::ledger::BankFileWriter</name><message><source>%1: the bank file must end in .csv or .xlsx.</source><translation>%1：银行文件须以 .csv 或 .xlsx 结尾。</translation></message><message><source>Batch %1 does not balance (%2 payments, %3 fen; the batch says %4, %5): the file is not written.</source><translation>批次 %1 不平衡（%2 笔、%3 分；批次记载 %4 笔、%5 分）：未写出文件。</translation></message><message><source>Cannot write %1.</source><translation>无法写入 %1。</translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>There is no payment batch %1.</source><translation>没有发放批次 %1。</translation></message></context><context><name>mianshen::ledger::BatchApproval</name><message><source>%1 created batch %2 and cannot approve it: another person must.</source><translation>%1 创建了批次 %2，不能审批它：须由他人审批。</translation></message><message><source>%1 has already approved batch %2; its total needs a second, different approver.</source><translation>%1 已审批过批次 %2；该批次金额须由另一位审批人再次审批。</translation></message><message><source>Batch %1 is already %2; only a created batch can be approved.</source><translation>批次 %1 已是%2状态；只有新建的批次可以审批。</translation></message><message><source>Batch %1 was changed by someone else meanwhile; look at it again.</source><translation>批次 %1 已被他人更改，请重新查看。</translation></message><message><source>Could not start a write transaction: %1</source><translation>无法开始写事务：%1</translation></message><message><source>The approval could not be saved: %1</source><translation>审批未能保存：%1</translation></message><message><source>There is no payment batch %1.</source><translation>没有发放批次 %1。</translation></message></context><context><name>mianshen::ledger::BatchBuilder</name><message><source>Could not start a write transaction: %1</source><translation>无法开始写事务：%1</translation></message><message><source>The batch could not be saved: %1</source><translation>批次未能保存：%1</translation></message><message><source>The batch month %1 is not a month YYYY-MM.</source><translation>批次月份 %1 不是 YYYY-MM 格式的月份。</translation></message></context><context><name>mianshen::ledger::BatchDispatch</name><message><source>Batch %1 is %2: only an approved batch (or an exported one, again) can be exported.</source><translation>批次 %1 处于%2状态：只有已审批的批次（或已导出的批次再次导出）可以导出。</translation></message><message><source>Batch %1 is not %2 (it does not exist, or someone else moved it on).</source><translation>批次 %1 不处于%2状态（不存在，或已被他人推进）。</translation></message><message><source>Could not start a write transaction: %1</source><translation>无法开始写事务：%1</translation></message><message><source>The batch's new status could not be saved: %1</source><translation>批次的新状态未能保存：%1</translation></message></context><context><name>mianshen::ledger::BudgetStatus</name><message><source>%1: %2% of the budget used (%3 of %4)</source><translation>%1：预算已使用 %2%（%4 中的 %3）</translation></message></context><context><name>mianshen::ledger::PaymentHistoryExport</name><message><source>Cannot write the payments: %1</source><translation>无法写出发放记录：%1</translation></message></context><context><name>mianshen::ledger::RecoveryService</name><message><source>Could not start a write transaction: %1</source><translation>无法开始写事务：%1</translation></message><message><source>Recovery order %1 is not %2 (it does not exist, or it has moved on).</source><translation>追回单 %1 不处于%2状态（不存在，或已进入下一步）。</translation></message><message><source>The recovery order could not be saved: %1</source><translation>追回单未能保存：%1</translation></message><message><source>The recovery orders could not be saved: %1</source><translation>追回单未能保存：%1</translation></message><message><source>Writing off recovery order %1 needs a reason.</source><translation>核销追回单 %1 需要填写原因。</translation></message></context><context><name>mianshen::ledger::ReturnFileReader</name><message><source>%1, line %2: %3</source><translation>%1，第 %2 行：%3</translation></message><message><source>%1: %2</source><translation>%1：%2</translation></message><message><source>Cannot read %1: %2</source><translation>无法读取 %1：%2</translation></message><message><source>Could not start a write transaction: %1</source><translation>无法开始写事务：%1</translation></message><message><source>The return file could not be saved: %1</source><translation>回盘文件未能保存：%1</translation></message><message><source>The return file is refused whole; nothing was changed.
%1</source><translation>回盘文件被整体拒绝，未做任何更改。
%1</translation></message><message><source>a failed payment needs the bank's reason</source><translation>失败的发放须有银行给出的原因</translation></message><message><source>amount mismatch: the file says %1, payment %2 is %3</source><translation>金额不符：文件为 %1，发放 %2 为 %3</translation></message><message><source>batch %1 is %2: returns are accepted only for a batch marked sent</source><translation>批次 %1 处于%2状态：只有已标记为已送银行的批次才接受回盘</translation></message><message><source>duplicate line: payment %1 is already on line %2</source><translation>重复行：发放 %1 已在第 %2 行出现</translation></message><message><source>expected 4 fields, found %1</source><translation>应有 4 个字段，实有 %1 个</translation></message><message><source>payment %1 is already %2: its outcome was reported before</source><translation>发放 %1 已是%2状态：其结果此前已回盘</translation></message><message><source>the amount "%1" is not yuan with at most two decimals</source><translation>金额“%1”不是最多两位小数的元金额</translation></message><message><source>the file has no payment lines</source><translation>文件没有发放明细行</translation></message><message><source>the file is empty</source><translation>文件为空</translation></message><message><source>the first line must be the header reference,amount,result,reason</source><translation>第一行必须是表头 reference,amount,result,reason</translation></message><message><source>the line is not valid UTF-8 (the file must be UTF-8)</source><translation>该行不是有效的 UTF-8（文件必须为 UTF-8 编码）</translation></message><message><source>the result "%1" is neither paid (成功) nor failed (失败)</source><translation>结果“%1”既不是成功也不是失败</translation></message><message><source>this file was imported before (return file %1, %2)</source><translation>此文件已导入过（回盘文件 %1，%2）</translation></message><message><source>unknown reference "%1": not a payment number</source><translation>未知参考号“%1”：不是发放编号</translation></message><message><source>unknown reference %1: no such payment</source><translation>未知参考号 %1：没有此发放</translation></message><message><source>unknown reference %1: not a payment of batch %2</source><translation>未知参考号 %1：不是批次 %2 的发放</translation></message></context><context><name>mianshen::ledger::Sql</name><message><source>The database could not %1: %2</source><translation>数据库无法%1：%2</translation></message><message><source>approve the batch</source><translation>审批批次</translation></message><message><source>change the batch's status</source><translation>更改批次状态</translation></message><message><source>change the payments' status</source><translation>更改发放状态</translation></message><message><source>change the recovery order</source><translation>更改追回单</translation></message><message><source>choose the awards to pay</source><translation>选择待发放的补贴</translation></message><message><source>count the payment holds</source><translation>统计暂缓发放</translation></message><message><source>create the batch</source><translation>创建批次</translation></message><message><source>expire a failed payment</source><translation>使失败的发放过期</translation></message><message><source>mark the awards paid</source><translation>将补贴标记为已发放</translation></message><message><source>propose recovery orders</source><translation>生成追回建议</translation></message><message><source>read the batch</source><translation>读取批次</translation></message><message><source>read the batch's payments</source><translation>读取批次的发放记录</translation></message><message><source>read the batches</source><translation>读取发放批次</translation></message><message><source>read the failed payments</source><translation>读取失败的发放</translation></message><message><source>read the payments</source><translation>读取发放记录</translation></message><message><source>read the policies</source><translation>读取政策</translation></message><message><source>read the recoveries</source><translation>读取追回单</translation></message><message><source>reconcile the batch</source><translation>核对批次</translation></message><message><source>record a payment's outcome</source><translation>记录发放结果</translation></message><message><source>record the return file</source><translation>记录回盘文件</translation></message><message><source>rewrite the payment holds</source><translation>重写暂缓发放记录</translation></message><message><source>set the batch total</source><translation>设置批次合计</translation></message><message><source>sum the batch</source><translation>汇总批次</translation></message><message><source>sum the budgets</source><translation>汇总预算</translation></message><message><source>sum the payments</source><translation>汇总发放金额</translation></message><message><source>sum the recoveries</source><translation>汇总追回金额</translation></message><message><source>write the payments</source><translation>写入发放记录</translation></message></context><context><name>mianshen::matching::ExplanationReader</name><message><source>Cannot explain the decision of %1 for %2: %3</source><translation>无法说明政策 %1 对 %2 的决定：%3</translation></message></context><context><name>mianshen::review::Award</name><message><source>approved</source><translation>已通过</translation></message><message><source>awaiting review</source><translation>待复核</translation></message><message><source>held (over budget)</source><translation>暂缓（超出预算）</translation></message><message><source>paid</source><translation>已支付</translation></message><message><source>rejected</source><translation>不予通过</translation></message><message><source>reopened</source><translation>重新打开</translation></message><message><source>returned for data correction</source><translation>退回补正数据</translation></message><message><source>withdrawn</source><translation>已撤回</translation></message></context><context><name>mianshen::review::AwardApplier</name><message><source>Run %1 is not in the database: its decisions cannot become awards.</source><translation>数据库中没有第 %1 次运行：其决定无法生成发放记录。</translation></message></context><context><name>mianshen::review::AwardChange</name><message><source>(run %1)</source><translation>（第 %1 次运行）</translation></message><message><source>after the import of %1</source><translation>（源于 %1 的导入）</translation></message><message><source>amount changed from %1 to %2</source><translation>金额由 %1 变为 %2</translation></message><message><source>flags changed from "%1" to "%2"</source><translation>复核标记由“%1”变为“%2”</translation></message><message><source>now over budget</source><translation>现已超出预算</translation></message><message><source>status changed from %1 to %2</source><translation>状态由“%1”变为“%2”</translation></message><message><source>the feed %1 was imported again</source><translation>数据源 %1 已重新导入</translation></message><message><source>the subject no longer qualifies</source><translation>对象已不再符合条件</translation></message><message><source>the subject qualifies again</source><translation>对象重新符合条件</translation></message></context><context><name>mianshen::review::AwardStore</name><message><source>There is no award %1.</source><translation>不存在发放记录 %1。</translation></message><message><source>budget freed: released in the policy's order</source><translation>预算释放：按政策规定的顺序放行</translation></message></context><context><name>mianshen::review::CaseExplanation</name><message><source>The decision has no explanation on record. Run `mianshen why --period %1 --policy %2` for the subject to evaluate it again.</source><translation>该决定没有记录说明。请对该对象运行 `mianshen why --period %1 --policy %2` 重新评估。</translation></message></context><context><name>mianshen::review::CaseFile</name><message><source>The case could not be read: %1</source><translation>无法读取案件：%1</translation></message><message><source>There is no award %1. Refresh the queue (F5): it may have been removed.</source><translation>不存在发放决定 %1。请刷新队列（F5）：它可能已被移除。</translation></message></context><context><name>mianshen::review::CaseHistory</name><message><source>The subject's history could not be read: %1</source><translation>无法读取该对象的历史：%1</translation></message></context><context><name>mianshen::review::CasePrecedents</name><message><source>The precedents could not be read: %1</source><translation>无法读取先例：%1</translation></message></context><context><name>mianshen::review::CaseRecords</name><message><source>The feed %1 names no subject column.</source><translation>数据源 %1 未指定对象列。</translation></message><message><source>The policy reads a feed the program does not know: %1.</source><translation>该政策读取了程序不认识的数据源：%1。</translation></message><message><source>The rows of %1 could not be read: %2</source><translation>无法读取 %1 的记录：%2</translation></message><message><source>no</source><translation>否</translation></message><message><source>yes</source><translation>是</translation></message></context><context><name>mianshen::review::CaseReveal</name><message><source>The reveal could not be recorded, so nothing is shown: %1</source><translation>无法记录查看行为，因此不予显示：%1</translation></message></context><context><name>mianshen::review::ClaimService</name><message><source>Award %1 is %2.</source><translation>发放记录 %1 %2。</translation></message><message><source>Award %1 is %2: there is nothing to review.</source><translation>发放记录 %1 的状态为“%2”：无需复核。</translation></message><message><source>Name the reviewer who takes award %1 over.</source><translation>请指定接手发放记录 %1 的复核人。</translation></message><message><source>You do not hold award %1.</source><translation>您没有持有发放记录 %1。</translation></message><message><source>You no longer hold award %1: claim it again.</source><translation>您已不再持有发放记录 %1：请重新领取。</translation></message><message><source>held by %1 until %2</source><translation>由 %1 持有至 %2</translation></message><message><source>released the cases of %1</source><translation>释放了 %1 领取的案件</translation></message></context><context><name>mianshen::review::FourEyesRule</name><message><source>You gave the first approval of award %1: the second approval must come from another reviewer.</source><translation>您已对发放记录 %1 作出第一次批准：第二次批准须由另一位复核人作出。</translation></message></context><context><name>mianshen::review::ReviewDecisions</name><message><source>Already received this or an excluded benefit</source><translation>已享受本项或互斥的待遇</translation></message><message><source>Award %1 changed after your decision: it can no longer be undone.</source><translation>发放记录 %1 在您作出决定后已有变更：不能再撤销。</translation></message><message><source>Award %1 has no decision of yours to undo.</source><translation>发放记录 %1 没有您可撤销的决定。</translation></message><message><source>Award %1 is %2: it cannot be decided now.</source><translation>发放记录 %1 的状态为“%2”：目前无法作出决定。</translation></message><message><source>Award %1 is held by %2 until %3: only they can decide it now.</source><translation>发放记录 %1 由 %2 持有至 %3：目前只有其本人可以决定。</translation></message><message><source>Award %1 is in a payment or changed meanwhile: its decision can no longer be undone.</source><translation>发放记录 %1 已进入支付或期间已有变更：其决定不能再撤销。</translation></message><message><source>Award %1 is paid: its decision can no longer be undone.</source><translation>发放记录 %1 已支付：其决定不能再撤销。</translation></message><message><source>Award %1 was changed by %2 at %3 (%4) after you opened it: it is at version %5, you saw version %6. Nothing was saved; reload the case and decide again.</source><translation>您打开发放记录 %1 后，%2 于 %3 已作更改（%4）：当前为第 %5 版，您看到的是第 %6 版。未保存任何内容；请重新载入案件后再作决定。</translation></message><message><source>Award %1 was changed by %2 at %3 after you opened it: it is at version %4, you saw version %5. Nothing was saved; reload the case and decide again.</source><translation>您打开发放记录 %1 后，%2 于 %3 已作更改：当前为第 %4 版，您看到的是第 %5 版。未保存任何内容；请重新载入案件后再作决定。</translation></message><message><source>Choose a reason for the rejection (one of: %1).</source><translation>请选择不予通过的理由（以下之一：%1）。</translation></message><message><source>Does not meet the conditions</source><translation>不符合条件</translation></message><message><source>Evidence is missing or contradicts the data</source><translation>证明材料缺失或与数据不符</translation></message><message><source>Name the feed and the field in doubt and say what is wrong.</source><translation>请指明存疑的数据源和字段，并说明问题所在。</translation></message><message><source>Other (explain in the text)</source><translation>其他（请在说明中写明）</translation></message><message><source>Say what the second reviewer should look at.</source><translation>请说明需要第二位复核人关注的内容。</translation></message><message><source>Suspected fraud: referred for investigation</source><translation>涉嫌骗取：已移交调查</translation></message><message><source>The comment is empty.</source><translation>备注为空。</translation></message><message><source>The data is wrong</source><translation>数据有误</translation></message><message><source>The last decision of award %1 was made by %2: only they can undo it.</source><translation>发放记录 %1 的最近一次决定由 %2 作出：只有其本人可以撤销。</translation></message><message><source>Write why the award is rejected: the text is required.</source><translation>请写明不予通过的原因：说明为必填项。</translation></message><message><source>a matching run</source><translation>匹配运行</translation></message><message><source>undid %1</source><translation>撤销了 %1</translation></message></context><context><name>mianshen::review::ReviewQueue</name><message><source>"%1" is not an award status (%2).</source><translation>“%1”不是发放记录的状态（%2）。</translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>Award</source><translation>发放记录</translation></message><message><source>Flags</source><translation>复核标记</translation></message><message><source>Held by</source><translation>持有人</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>Period</source><translation>期间</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Status</source><translation>状态</translation></message><message><source>Subject</source><translation>对象</translation></message><message><source>Version</source><translation>版本</translation></message><message><source>Waiting since</source><translation>等待起始</translation></message></context><context><name>mianshen::review::Sql</name><message><source>The database could not %1: %2</source><translation>数据库无法%1：%2</translation></message><message><source>The database could not save the change: %1</source><translation>数据库无法保存更改：%1</translation></message><message><source>The database could not start a transaction: %1</source><translation>数据库无法开始事务：%1</translation></message><message><source>claim a case</source><translation>领取案件</translation></message><message><source>count the awards</source><translation>统计发放记录</translation></message><message><source>count the changes of the awards</source><translation>统计发放记录的变更</translation></message><message><source>count the overdue cases</source><translation>统计超期案件</translation></message><message><source>count the review queue</source><translation>统计复核队列</translation></message><message><source>create the awards</source><translation>生成发放记录</translation></message><message><source>read the award</source><translation>读取发放记录</translation></message><message><source>read the awards</source><translation>读取发放记录</translation></message><message><source>read the changes of the award</source><translation>读取发放记录的变更</translation></message><message><source>read the changes of the awards</source><translation>读取发放记录的变更</translation></message><message><source>read the comments</source><translation>读取备注</translation></message><message><source>read the decisions</source><translation>读取复核决定</translation></message><message><source>read the held awards</source><translation>读取暂缓的发放记录</translation></message><message><source>read the precedents</source><translation>读取先例</translation></message><message><source>read the published policies</source><translation>读取已发布政策</translation></message><message><source>read the published policy</source><translation>读取已发布政策</translation></message><message><source>read the review queue</source><translation>读取复核队列</translation></message><message><source>read the runs</source><translation>读取匹配运行</translation></message><message><source>reassign the case</source><translation>改派案件</translation></message><message><source>record the changes of the awards</source><translation>记录发放记录的变更</translation></message><message><source>record the decision</source><translation>记录复核决定</translation></message><message><source>record the release</source><translation>记录放行</translation></message><message><source>record the undo</source><translation>记录撤销</translation></message><message><source>release a held award</source><translation>放行暂缓的发放记录</translation></message><message><source>release the claim</source><translation>释放领取</translation></message><message><source>release the claims</source><translation>释放领取的案件</translation></message><message><source>renew the claim</source><translation>续期领取</translation></message><message><source>resume the returned awards</source><translation>恢复退回补正的发放记录</translation></message><message><source>save the comment</source><translation>保存备注</translation></message><message><source>save the decision</source><translation>保存复核决定</translation></message><message><source>sum the budget used</source><translation>汇总已用预算</translation></message><message><source>undo the decision</source><translation>撤销复核决定</translation></message><message><source>update the awards</source><translation>更新发放记录</translation></message></context><context><name>mianshen::rules::TraceRecord</name><message><source>The stored explanation is damaged (%1).</source><translation>保存的决定说明已损坏（%1）。</translation></message></context><context><name>mianshen::stats::DisbursementStore</name><message><source>Could not count the subjects paid: %1</source><translation>无法统计已发放对象数：%1</translation></message><message><source>Could not read the disbursement totals: %1</source><translation>无法读取兑现合计：%1</translation></message><message><source>Could not read the payments of %1 in %2: %3</source><translation>无法读取 %1 在 %2 的支付：%3</translation></message><message><source>Could not read the totals before %1: %2</source><translation>无法读取 %1 之前的合计：%2</translation></message><message><source>Could not rebuild the statistics: %1</source><translation>无法重建统计：%1</translation></message><message><source>Could not recount the payments: %1</source><translation>无法重新统计支付：%1</translation></message><message><source>Could not recount the recoveries: %1</source><translation>无法重新统计追回：%1</translation></message><message><source>Could not start writing: %1</source><translation>无法开始写入：%1</translation></message><message><source>The program has no statistics migration to rebuild from.</source><translation>程序中没有可用于重建统计的迁移。</translation></message></context><context><name>mianshen::stats::FiguresTable</name><message><source>Budget (yuan)</source><translation>预算（元）</translation></message><message><source>Budget burn to %1</source><translation>截至 %1 的预算使用</translation></message><message><source>Department</source><translation>部门</translation></message><message><source>Disbursements %1 to %2</source><translation>兑现情况 %1 至 %2</translation></message><message><source>Month</source><translation>月份</translation></message><message><source>Monthly rate (yuan)</source><translation>月均使用（元）</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>Net (yuan)</source><translation>净兑现（元）</translation></message><message><source>Paid (yuan)</source><translation>已发放（元）</translation></message><message><source>Payments</source><translation>笔数</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Recovered (yuan)</source><translation>已追回（元）</translation></message><message><source>Remaining (yuan)</source><translation>剩余（元）</translation></message><message><source>Runs out</source><translation>预计用完</translation></message><message><source>Spent (yuan)</source><translation>已使用（元）</translation></message><message><source>Subject kind</source><translation>对象类型</translation></message><message><source>Subjects paid</source><translation>发放对象数</translation></message><message><source>Title</source><translation>名称</translation></message><message><source>not at this rate</source><translation>按此速度不会用完</translation></message><message><source>Distinct subjects</source><translation>受益对象数（去重）</translation></message><message><source>Subject-months paid</source><translation>受益人次（按月）</translation></message></context><context><name>mianshen::stats::NoticeListReader</name><message><source>Could not read the payments of %1 in %2: %3</source><translation>无法读取 %1 在 %2 的支付：%3</translation></message><message><source>Could not read payment batch %1: %2</source><translation>无法读取支付批次 %1：%2</translation></message><message><source>Could not read the payments of the notice list: %1</source><translation>无法读取公示名单的支付：%1</translation></message><message><source>There is no payment batch number %1: see the Payments page for the batches.</source><translation>没有编号为 %1 的支付批次：请在“支付”页面查看批次。</translation></message></context><context><name>mianshen::stats::NoticeObjections</name><message><source>Could not read the objections: %1</source><translation>无法读取异议：%1</translation></message><message><source>Could not record the objection: %1</source><translation>无法登记异议：%1</translation></message><message><source>Could not record the outcome: %1</source><translation>无法登记处理结果：%1</translation></message><message><source>Could not start writing: %1</source><translation>无法开始写入：%1</translation></message><message><source>Say who raised the objection.</source><translation>请注明异议人。</translation></message><message><source>The date received "%1" is not a date: write it as YYYY-MM-DD.</source><translation>收到日期“%1”不是日期：请写成 YYYY-MM-DD。</translation></message><message><source>The outcome "%1" is unknown: use pending, upheld, dismissed or withdrawn.</source><translation>处理结果“%1”无法识别：请用 pending（待处理）、upheld（成立）、dismissed（不成立）或 withdrawn（撤回）。</translation></message><message><source>The period "%1" is not a month: write it as YYYY-MM.</source><translation>期间“%1”不是月份：请写成 YYYY-MM。</translation></message><message><source>There is no objection number %1.</source><translation>没有编号为 %1 的异议。</translation></message><message><source>The decision date "%1" is not a date: write it as YYYY-MM-DD.</source><translation>处理日期“%1”不是日期：请写成 YYYY-MM-DD。</translation></message></context><context><name>mianshen::ui::CaseActionPanel</name><message><source>%1 [%2]</source><translation>%1 [%2]</translation></message><message><source>&amp;Approve</source><translation>批准(&amp;A)</translation></message><message><source>&amp;Comment…</source><translation>添加意见(&amp;C)…</translation></message><message><source>&amp;Next case</source><translation>下一个案件(&amp;N)</translation></message><message><source>&amp;Previous case</source><translation>上一个案件(&amp;P)</translation></message><message><source>&amp;Reject…</source><translation>驳回(&amp;R)…</translation></message><message><source>&amp;Undo my last decision</source><translation>撤销我的上一个决定(&amp;U)</translation></message><message><source>Ask a colleague for a second opinion: what should they look at?</source><translation>请同事提供第二意见：需要他们查看什么？</translation></message><message><source>Ask for a second &amp;opinion…</source><translation>请求第二意见(&amp;O)…</translation></message><message><source>Cancel [%1]</source><translation>取消 [%1]</translation></message><message><source>Choose a reason…</source><translation>选择理由…</translation></message><message><source>Comment on the case (kept with it; decides nothing).</source><translation>对案件添加意见（随案件保存，不作决定）。</translation></message><message><source>Confirm [%1]</source><translation>确认 [%1]</translation></message><message><source>Feed in doubt…</source><translation>有疑问的数据源…</translation></message><message><source>Field in doubt…</source><translation>有疑问的字段…</translation></message><message><source>In words (required)</source><translation>文字说明（必填）</translation></message><message><source>Reject the case: choose a reason and say why.</source><translation>驳回案件：选择理由并说明原因。</translation></message><message><source>Return for &amp;data correction…</source><translation>退回数据更正(&amp;D)…</translation></message><message><source>Return for data correction: the feed and field in doubt, and what is wrong. The case waits until that feed is imported again and matched.</source><translation>退回数据更正：指出有疑问的数据源和字段以及问题所在。案件将等待该数据源重新导入并重新匹配。</translation></message><message><source>To go on: %1.</source><translation>请先：%1。</translation></message><message><source>choose a reason from the list</source><translation>从列表中选择理由</translation></message><message><source>choose the feed in doubt</source><translation>选择有疑问的数据源</translation></message><message><source>choose the field in doubt</source><translation>选择有疑问的字段</translation></message><message><source>say why in words</source><translation>用文字说明原因</translation></message><message><source>write the comment</source><translation>填写意见</translation></message></context><context><name>mianshen::ui::CaseView</name><message><source>%1 %2</source><translation>%1 %2</translation></message><message numerus="yes"><source>%1 (%2): %n row(s)</source><translation><numerusform>%1（%2）：%n 条记录</numerusform></translation></message><message><source>%1 Refresh (F5) to try again.</source><translation>%1 请刷新（F5）重试。</translation></message><message><source>%1: %2</source><translation>%1：%2</translation></message><message><source>%1: none decided yet</source><translation>%1：尚无已决定的案件</translation></message><message><source>(hidden)</source><translation>（已隐藏）</translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>By / reason</source><translation>经办人 / 理由</translation></message><message><source>Case %1: %2 (%3, version %4)
Subject: %5 %6 — period %7 — %8 — %9</source><translation>案件 %1：%2（%3，第 %4 版）
对象：%5 %6 — 期间 %7 — %8 — %9</translation></message><message><source>Cases of policy %1</source><translation>政策 %1 的案件</translation></message><message><source>Cases of policy %1 flagged "%2"</source><translation>政策 %1 中标记为“%2”的案件</translation></message><message><source>Choose a case in the queue to see why it was flagged.</source><translation>在队列中选择一个案件，查看它为何被标记复核。</translation></message><message><source>Decided</source><translation>决定</translation></message><message><source>Delivered</source><translation>交付日期</translation></message><message numerus="yes"><source>Earlier awards: %n</source><translation><numerusform>以往发放决定：%n</numerusform></translation></message><message><source>Feed and rows</source><translation>数据源与记录</translation></message><message><source>Flags: %1</source><translation>复核标记：%1</translation></message><message><source>Flags: none</source><translation>复核标记：无</translation></message><message><source>Hide personal data</source><translation>隐藏个人信息</translation></message><message><source>History</source><translation>历史</translation></message><message><source>Import %1, file %2</source><translation>导入 %1，文件 %2</translation></message><message><source>More rows not shown: see the Data page.</source><translation>还有更多记录未显示：请到数据页面查看。</translation></message><message><source>No rows for this subject.</source><translation>该对象没有记录。</translation></message><message numerus="yes"><source>Payments: %n</source><translation><numerusform>支付记录：%n</numerusform></translation></message><message><source>Period</source><translation>期间</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Precedents</source><translation>先例</translation></message><message><source>Reason</source><translation>理由</translation></message><message><source>Records</source><translation>记录</translation></message><message><source>Reviewer</source><translation>复核人</translation></message><message numerus="yes"><source>Reviews: %n</source><translation><numerusform>复核记录：%n</numerusform></translation></message><message><source>Show personal data…</source><translation>显示个人信息…</translation></message><message><source>Shows names, id and account numbers of this case; the reveal is recorded in the audit log.</source><translation>显示本案件的姓名、证件号码和账号；查看行为将记入审计日志。</translation></message><message><source>Status</source><translation>状态</translation></message><message><source>The explanation could not be produced: %1</source><translation>无法生成决定说明：%1</translation></message><message><source>The records could not be read: %1 Check the policy version is published, then refresh (F5).</source><translation>无法读取记录：%1 请确认该政策版本已发布，然后刷新（F5）。</translation></message><message><source>When</source><translation>时间</translation></message><message><source>Why</source><translation>原因</translation></message><message><source>import %1</source><translation>导入 %1</translation></message><message><source>previous system</source><translation>原系统</translation></message><message><source>this case</source><translation>本案件</translation></message></context><context><name>mianshen::ui::DisbursementCharts</name><message numerus="yes"><source>%1, %2: %3 net (%4 paid, %5 recovered), %n payment(s)</source><translation><numerusform>%1，%2：净兑现 %3（发放 %4，追回 %5），共 %n 笔</numerusform></translation></message><message numerus="yes"><source>%1, %2: %n subject(s) paid</source><translation><numerusform>%1，%2：发放 %n 个对象</numerusform></translation></message><message><source>Budget left per policy</source><translation>各政策剩余预算</translation></message><message><source>Disbursed in total (cumulative)</source><translation>累计兑现金额</translation></message><message><source>Disbursed per month, by policy</source><translation>各月兑现金额（按政策）</translation></message><message><source>Month</source><translation>月份</translation></message><message><source>Net disbursed, cumulative</source><translation>累计净兑现</translation></message><message><source>Subjects</source><translation>对象数</translation></message><message><source>Subjects paid per month</source><translation>各月发放对象数</translation></message><message><source>does not run out at this rate</source><translation>按此速度不会用完</translation></message><message><source>runs out %1</source><translation>预计 %1 用完</translation></message></context><context><name>mianshen::ui::KpiPanel</name><message numerus="yes"><source>%1 in %2 (%n payment(s))</source><translation><numerusform>%2：%1（%n 笔）</numerusform></translation></message><message><source>%1 of %2 (%3%)</source><translation>%1 / %2（%3%）</translation></message><message><source>Budget used: %1</source><translation>预算使用：%1</translation></message><message><source>Details on the Statistics page</source><translation>在“统计”页查看详情</translation></message><message><source>Disbursements</source><translation>资金兑现</translation></message><message><source>Enterprises paid</source><translation>已兑现企业</translation></message><message><source>Patents covered</source><translation>涉及专利</translation></message><message><source>Payments made</source><translation>已发放笔数</translation></message><message><source>Persons paid</source><translation>已兑现个人</translation></message><message><source>The disbursement figures could not be read: %1</source><translation>无法读取兑现数据：%1</translation></message><message><source>This month's total</source><translation>本月兑现</translation></message><message><source>Total paid (net)</source><translation>累计兑现（净额）</translation></message><message><source>to the end of %1</source><translation>截至 %1</translation></message></context><context><name>mianshen::ui::PaymentsBehindDialog</name><message numerus="yes"><source>%n paid payment(s) (names and ids masked).</source><translation><numerusform>%n 笔已到账支付（姓名和证件号已脱敏）。</numerusform></translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>Batch</source><translation>批次</translation></message><message><source>For period</source><translation>所属期</translation></message><message><source>Id number / credit code</source><translation>身份证号 / 统一社会信用代码</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>Paid at</source><translation>到账时间</translation></message><message><source>Payment</source><translation>支付编号</translation></message><message><source>Payments of %1 in %2</source><translation>%1 在 %2 的支付</translation></message><message><source>Recovered</source><translation>已追回</translation></message><message><source>The first %1 paid payments (names and ids masked).</source><translation>前 %1 笔已到账支付（姓名和证件号已脱敏）。</translation></message><message><source>one-off</source><translation>一次性</translation></message></context><context><name>mianshen::ui::ReviewFilterBar</name><message><source>%1: write an amount in yuan, e.g. 5000 or 5000.50.</source><translation>%1：请填写以元为单位的金额，如 5000 或 5000.50。</translation></message><message><source>Any status</source><translation>任何状态</translation></message><message><source>Every flag</source><translation>全部标记</translation></message><message><source>Every policy</source><translation>全部政策</translation></message><message><source>Flag</source><translation>标记</translation></message><message><source>From ¥</source><translation>自 ¥</translation></message><message><source>Held by (- for nobody)</source><translation>持有人（- 表示无人）</translation></message><message><source>Largest amount</source><translation>最高金额</translation></message><message><source>Open cases</source><translation>待处理案件</translation></message><message><source>Overdue only</source><translation>仅显示超期</translation></message><message><source>Period YYYY-MM</source><translation>期间 YYYY-MM</translation></message><message><source>Period: write a month as YYYY-MM (e.g. 2021-09), or - for one-off awards.</source><translation>期间：请按 YYYY-MM 填写月份（如 2021-09），一次性发放填 -。</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Second opinion asked</source><translation>已请求第二意见</translation></message><message><source>Smallest amount</source><translation>最低金额</translation></message><message><source>Status</source><translation>状态</translation></message><message><source>Subject: id number, credit code or the start of a name</source><translation>对象：身份证号、信用代码或姓名开头</translation></message><message><source>To ¥</source><translation>至 ¥</translation></message></context><context><name>mianshen::ui::ReviewQueueModel</name><message><source> · first approval by %1</source><translation> · %1 已作第一次批准</translation></message><message><source> · second opinion asked</source><translation> · 已请求第二意见</translation></message><message><source>%1 for %2</source><translation>%1，已 %2</translation></message><message><source>%1 — overdue</source><translation>%1 — 已超期</translation></message><message><source>(hidden)</source><translation>（已隐藏）</translation></message><message><source>Held by</source><translation>持有人</translation></message><message><source>Lease until %1</source><translation>持有至 %1</translation></message><message><source>Waiting</source><translation>等待时长</translation></message></context><context><name>mianshen::ui::ReviewTexts</name><message><source>%1 d %2 h</source><translation>%1 天 %2 小时</translation></message><message><source>%1 h %2 min</source><translation>%1 小时 %2 分钟</translation></message><message><source>%1 min</source><translation>%1 分钟</translation></message><message><source>approved</source><translation>已批准</translation></message><message><source>asked for a second opinion</source><translation>已请求第二意见</translation></message><message><source>awaiting review</source><translation>待复核</translation></message><message><source>commented</source><translation>已添加意见</translation></message><message><source>held (over budget)</source><translation>暂缓（超出预算）</translation></message><message><source>one-off</source><translation>一次性</translation></message><message><source>paid</source><translation>已支付</translation></message><message><source>rejected</source><translation>已驳回</translation></message><message><source>reopened</source><translation>已重新打开</translation></message><message><source>returned for data correction</source><translation>已退回数据更正</translation></message><message><source>undid the decision</source><translation>已撤销决定</translation></message><message><source>withdrawn</source><translation>已撤回</translation></message></context><context><name>EditorDocument</name><message><source>"%1" does not have the shape of the policy file format (docs/policies.md)</source><translation>“%1”不符合政策文件格式（见 docs/policies.md）</translation></message><message><source>"%1" must be a whole number</source><translation>“%1”应为整数</translation></message><message><source>a definition must be an object</source><translation>定义应为对象</translation></message><message><source>a policy file must be a JSON object</source><translation>政策文件应为 JSON 对象</translation></message><message><source>a record must be an object</source><translation>记录应为对象</translation></message><message><source>a record's value must be text, as a delivery holds it</source><translation>记录的值应为文本，与报送数据一致</translation></message><message><source>a rule must be an object with id, label and expr</source><translation>规则应为含 id、label 和 expr 的对象</translation></message><message><source>a table cell must be text</source><translation>决策表单元格应为文本</translation></message><message><source>line %1, column %2: %3</source><translation>第 %1 行第 %2 列：%3</translation></message><message><source>line %1, column %2: the policy file is not valid JSON (%3); correct the text and open it again</source><translation>第 %1 行第 %2 列：政策文件不是有效的 JSON（%3）；请改正后重新打开</translation></message><message><source>the records of a feed must be a list of rows</source><translation>数据项的记录应为行的列表</translation></message></context><context><name>ImportMessage</name><message><source> (The import history could not be written: %1)</source><translation>（导入历史未能写入：%1）</translation></message><message><source>.</source><translation>。</translation></message><message><source>; </source><translation>；</translation></message><message><source>; %1 bad rows quarantined</source><translation>；%1行有误，已隔离</translation></message><message><source>; %1 warnings</source><translation>；警告%1条</translation></message><message><source>Cancelled; nothing was imported.</source><translation>已取消，未导入任何数据。</translation></message><message><source>Held: %1; nothing was applied. If the delivery is right, import it again confirming the large change.</source><translation>已暂缓：此全量快照%1，未作任何更改。如确认该文件无误，请确认大幅变动后重新导入。</translation></message><message><source>Imported %1 rows of %2 (%3 new, %4 updated, %5 deleted)</source><translation>已导入%2共%1行（新增%3，更新%4，删除%5）</translation></message><message><source>Rejected: %1 errors in %2 rows; nothing was imported.</source><translation>文件被拒收：%2行共%1处错误，未导入任何数据。</translation></message><message><source>Rejected: cannot read the file (%1).</source><translation>文件被拒收：无法读取文件（%1）。</translation></message><message><source>Rejected: database error (%1); nothing was imported.</source><translation>导入失败：数据库错误（%1），未导入任何数据。</translation></message><message><source>Rejected: the feed cannot be told from the file name.</source><translation>文件被拒收：无法从文件名识别数据项。</translation></message><message><source>Skipped: this delivery was already imported (import #%1); nothing changed.</source><translation>已跳过：该文件此前已导入（导入批次#%1），未作任何更改。</translation></message><message><source>it refers %1 times to a subject in no registry, against %2 in the last delivery</source><translation>有%1处引用的主体不在登记库中，上次交付为%2处</translation></message><message><source>it would change the values of %1 of the %2 rows of %3 (more than %4%)</source><translation>将更改%3的%2行中%1行的数值（超过%4%）</translation></message><message><source>it would delete %1 of the %2 rows of %3 (more than %4%)</source><translation>将删除%3的%2行中的%1行（超过%4%）</translation></message></context><context><name>PolicyEditorLauncher</name><message><source>%1 — %2 — %3, by %4, %5</source><translation>%1 — %2 — %3，起草人 %4，%5</translation></message><message><source>Draft:</source><translation>草稿：</translation></message><message><source>New Policy</source><translation>新建政策</translation></message><message><source>New Version</source><translation>新版本</translation></message><message><source>Open Draft</source><translation>打开草稿</translation></message><message><source>The new policy's code (upper-case letters, digits and hyphens, e.g. TALENT-RENT):</source><translation>新政策的编码（大写字母、数字和连字符，如 TALENT-RENT）：</translation></message><message><source>There are no policy drafts. New Policy or New Version starts one.</source><translation>没有政策草稿。“新建政策”或“新版本”可以开始一份。</translation></message></context><context><name>mianshen::authoring::DraftStore</name><message><source>"%1" is not a policy code: write upper-case letters, digits and hyphens, starting with a letter, e.g. TALENT-LIVING.</source><translation>“%1”不是有效的政策编码：请使用大写字母、数字和连字符，并以字母开头，如 TALENT-LIVING。</translation></message><message><source>%1 version %2 is published, but the draft could not be marked so: %3</source><translation>%1 第 %2 版已发布，但草稿状态未能更新：%3</translation></message><message><source>%1: the file does not name a policy code ("code": "TALENT-LIVING"), so it cannot become a draft. Check it with: mianshen policy check %1</source><translation>%1：文件中没有政策编码（"code": "TALENT-LIVING"），无法作为草稿导入。请用以下命令检查：mianshen policy check %1</translation></message><message><source>%1: the file is too large for a policy.</source><translation>%1：文件过大，不能作为政策文件。</translation></message><message><source>Cannot read %1: %2</source><translation>无法读取 %1：%2</translation></message><message><source>Cannot start a transaction: %1</source><translation>无法开始事务：%1</translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>Draft %1 is %2 already.</source><translation>草稿 %1 已经是“%2”状态。</translation></message><message><source>Draft %1 is %2 and can no longer be changed.</source><translation>草稿 %1 的状态为“%2”，不能再修改。</translation></message><message><source>Draft %1 is %2: only a draft being written can be submitted.</source><translation>草稿 %1 的状态为“%2”：只有编写中的草稿才能提交。</translation></message><message><source>Draft %1 is %2: only a submitted draft can be approved.</source><translation>草稿 %1 的状态为“%2”：只有已提交的草稿才能批准。</translation></message><message><source>Draft %1 is %2: only a submitted draft can be sent back.</source><translation>草稿 %1 的状态为“%2”：只有已提交的草稿才能退回。</translation></message><message><source>Draft %1 is for policy %2, but the file now says "code": "%3". Put the code back, or export the file and import it as a draft of its own.</source><translation>草稿 %1 属于政策 %2，但文件现写为 "code": "%3"。请改回编码，或导出文件后作为独立草稿导入。</translation></message><message numerus="yes"><source>Draft %1 is not submitted: it has %n error(s) or failed test(s). Correct them first.</source><translation><numerusform>草稿 %1 未提交：有 %n 个错误或未通过的测试，请先改正。</numerusform></translation></message><message><source>Draft %1 is the same text as a published version of %2: there is nothing to publish.</source><translation>草稿 %1 与 %2 的某一已发布版本内容相同：没有需要发布的内容。</translation></message><message><source>Draft %1 was changed elsewhere (now revision %2, this window has %3): reopen it to see the other changes.</source><translation>草稿 %1 已在他处修改（现为第 %2 次修订，本窗口为第 %3 次）：请重新打开以查看其他修改。</translation></message><message><source>Draft %1 was changed elsewhere in the meantime: reopen it and try again.</source><translation>草稿 %1 在此期间已被他处修改：请重新打开后再试。</translation></message><message><source>Policy %1 already has an open draft (number %2): continue that one, or discard it first.</source><translation>政策 %1 已有一份未完成的草稿（编号 %2）：请继续编辑该草稿，或先将其废弃。</translation></message><message><source>Policy %1 has never been published: start a new policy instead.</source><translation>政策 %1 从未发布：请改为新建政策。</translation></message><message><source>Policy %1 is already published (version %2): make a new version of it instead.</source><translation>政策 %1 已发布（第 %2 版）：请改为为其制作新版本。</translation></message><message><source>Refused by the rule "%1": %2 wrote this draft. Another person with the policy approver role must decide it.</source><translation>依据“%1”规则拒绝：此草稿由 %2 起草，须由另一位具有政策审批人角色的人员决定。</translation></message><message><source>Say why the draft goes back: the author reads the comment.</source><translation>请说明退回草稿的原因：起草人会看到此意见。</translation></message><message><source>The database could not %1: %2</source><translation>数据库未能%1：%2</translation></message><message><source>The database refused to commit: %1</source><translation>数据库拒绝提交：%1</translation></message><message><source>There is no policy draft %1.</source><translation>不存在编号为 %1 的政策草稿。</translation></message><message><source>Version %1 of %2 was published after this draft began from version %3: send the draft back so that its author makes it again from the newest version.</source><translation>本草稿基于第 %3 版起草后，%2 的第 %1 版已发布：请退回草稿，由起草人基于最新版本重新制作。</translation></message><message><source>being written</source><translation>编写中</translation></message><message><source>change the draft's status</source><translation>更改草稿状态</translation></message><message><source>discarded</source><translation>已废弃</translation></message><message><source>list the drafts</source><translation>列出草稿</translation></message><message><source>look for open drafts</source><translation>查找未完成的草稿</translation></message><message><source>published</source><translation>已发布</translation></message><message><source>read the draft</source><translation>读取草稿</translation></message><message><source>read the published versions</source><translation>读取已发布的版本</translation></message><message><source>record the draft's history</source><translation>记录草稿历史</translation></message><message><source>save the draft</source><translation>保存草稿</translation></message><message><source>save the new draft</source><translation>保存新草稿</translation></message><message><source>sent back to its author</source><translation>已退回起草人</translation></message><message><source>submitted for approval</source><translation>已提交待审批</translation></message><message><source>test %1</source><translation>测试 %1</translation></message><message><source>the author of a policy version does not approve its publication</source><translation>政策版本的起草人不得批准其发布</translation></message></context><context><name>mianshen::authoring::PolicyDiff</name><message><source>%1 %2</source><translation>%1 %2</translation></message><message><source>%1 %2 added: %3</source><translation>新增%1 %2：%3</translation></message><message><source>%1 %2 changed: %3 → %4</source><translation>%1 %2 已更改：%3 → %4</translation></message><message><source>%1 %2 removed.</source><translation>已删除%1 %2。</translation></message><message><source>%1 %2: its label changed to “%3”.</source><translation>%1 %2：名称改为“%3”。</translation></message><message><source>%1: the conditions of table rule %2 changed: %3 → %4.</source><translation>%1：决策表第 %2 条规则的条件已更改：%3 → %4。</translation></message><message><source>%1: the result of table rule %2 changed: %3 → %4.</source><translation>%1：决策表第 %2 条规则的结果已更改：%3 → %4。</translation></message><message><source>%1: the table now has %2 rules (was %3).</source><translation>%1：决策表现有 %2 条规则（原为 %3 条）。</translation></message><message><source>%1: the table's default changed: %2 → %3.</source><translation>%1：决策表的默认值已更改：%2 → %3。</translation></message><message><source>%1: the table's inputs changed.</source><translation>%1：决策表的输入已更改。</translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>Amount changed: %1 → %2</source><translation>金额已更改：%1 → %2</translation></message><message><source>Budget added: %1.</source><translation>新增预算：%1。</translation></message><message><source>Budget changed: %1 → %2.</source><translation>预算已更改：%1 → %2。</translation></message><message><source>Budget removed (was %1).</source><translation>已取消预算（原为 %1）。</translation></message><message><source>Condition</source><translation>条件</translation></message><message><source>Definition</source><translation>定义</translation></message><message><source>Exclusion</source><translation>排除条件</translation></message><message><source>In effect from %1 instead of %2.</source><translation>生效起始月由 %2 改为 %1。</translation></message><message><source>In effect until %1 instead of %2.</source><translation>生效截止月由 %2 改为 %1。</translation></message><message><source>Most months paid: %1 → %2.</source><translation>最多发放月数：%1 → %2。</translation></message><message><source>One of the two texts is not a JSON object: only the differences of the text can be shown.</source><translation>两份文本中有一份不是 JSON 对象：只能显示文本差异。</translation></message><message><source>Review flag</source><translation>复核标记</translation></message><message><source>Schedule changed: %1 → %2.</source><translation>发放方式已更改：%1 → %2。</translation></message><message><source>Test</source><translation>测试</translation></message><message><source>The budget's order of service changed.</source><translation>预算不足时的发放顺序已更改。</translation></message><message><source>Title changed: “%1” → “%2”.</source><translation>名称已更改：“%1” → “%2”。</translation></message><message><source>open-ended</source><translation>长期有效</translation></message><message><source>“%1” (%2)</source><translation>“%1”（%2）</translation></message><message><source>“%1” changed: %2 → %3</source><translation>“%1”已更改：%2 → %3</translation></message></context><context><name>mianshen::cli::CommandSignIn</name><message><source>Login: </source><translation>登录名：</translation></message><message><source>Password for %1: </source><translation>%1 的密码：</translation></message><message><source>Sign in to %1.</source><translation>登录 %1。</translation></message><message><source>This database has staff accounts: sign in with the environment variables MIANSHEN_USER and MIANSHEN_PASSWORD, or run the command on a terminal.</source><translation>此数据库设有人员账户：请通过环境变量 MIANSHEN_USER 和 MIANSHEN_PASSWORD 登录，或在终端中运行该命令。</translation></message></context><context><name>mianshen::cli::PolicyDraftVerbs</name><message><source>Cannot read %1: %2</source><translation>无法读取 %1：%2</translation></message><message><source>Done: draft %1 %2.</source><translation>完成：草稿 %1 %2。</translation></message><message><source>Draft %1 approved: published as version %2.</source><translation>草稿 %1 已批准：发布为第 %2 版。</translation></message><message><source>Draft %1 created.</source><translation>已创建草稿 %1。</translation></message><message><source>Draft %1 saved: revision %2.</source><translation>草稿 %1 已保存：第 %2 次修订。</translation></message><message><source>id	code	base	status	revision	author	approver	updated</source><translation>编号	编码	基于版本	状态	修订	起草人	审批人	更新时间</translation></message><message><source>policy draft %1: the first argument is the draft's number.</source><translation>policy draft %1：第一个参数是草稿编号。</translation></message><message><source>policy draft %1: wrong number of arguments (see mianshen policy --help).</source><translation>policy draft %1：参数个数不对（见 mianshen policy --help）。</translation></message><message><source>policy draft save: --revision takes a number.</source><translation>policy draft save：--revision 需要一个数字。</translation></message><message><source>policy draft: say what to do: new, version, import, export, list, show, save, submit, send-back, approve or discard.</source><translation>policy draft：请指明操作：new、version、import、export、list、show、save、submit、send-back、approve 或 discard。</translation></message></context><context><name>mianshen::cli::RolesCommand</name><message><source>%1 no longer holds the role %2.</source><translation>%1 已不再拥有角色 %2。</translation></message><message><source>%1 now holds the role %2.</source><translation>%1 现拥有角色 %2。</translation></message><message><source>Staff roles: roles install (PostgreSQL group roles and grants), roles grant|revoke LOGIN ROLE, roles list.</source><translation>人员角色：roles install（PostgreSQL 组角色及授权）、roles grant|revoke 登录名 角色、roles list。</translation></message><message><source>The roles are installed: mianshen_* group roles with their grants.</source><translation>角色已安装：mianshen_* 组角色及其授权。</translation></message><message><source>grant, revoke: the login</source><translation>grant、revoke：登录名</translation></message><message><source>grant, revoke: the role (reviewer, ...)</source><translation>grant、revoke：角色（reviewer 等）</translation></message><message><source>install | grant | revoke | list</source><translation>install | grant | revoke | list</translation></message><message><source>roles: say what to do: install, grant LOGIN ROLE, revoke LOGIN ROLE or list.</source><translation>roles：请指明操作：install、grant 登录名 角色、revoke 登录名 角色或 list。</translation></message></context><context><name>mianshen::cli::StaffCommand</name><message><source>%1 is disabled.</source><translation>%1 已停用。</translation></message><message><source>%1 may sign in again.</source><translation>%1 可以重新登录。</translation></message><message><source>NAME</source><translation>姓名</translation></message><message><source>New password for %1: </source><translation>%1 的新密码：</translation></message><message><source>No password given (or the two did not match): nothing changed.</source><translation>未提供密码（或两次输入不一致）：未作任何更改。</translation></message><message><source>ROLES</source><translation>角色</translation></message><message><source>Staff account %1 created with the roles %2.</source><translation>已创建人员账户 %1，角色为 %2。</translation></message><message><source>Staff accounts of a SQLite desk: staff add|list|passwd|disable|enable.</source><translation>SQLite 工作台的人员账户：staff add|list|passwd|disable|enable。</translation></message><message><source>The password of %1 is changed.</source><translation>%1 的密码已修改。</translation></message><message><source>The same password again: </source><translation>再次输入同一密码：</translation></message><message><source>Unknown role "%1": use one of %2.</source><translation>未知角色“%1”：请使用以下之一：%2。</translation></message><message><source>add | list | passwd | disable | enable</source><translation>add | list | passwd | disable | enable</translation></message><message><source>add: roles, comma-separated (data_clerk, policy_author, policy_approver, reviewer, payment_officer, payment_approver, manager, administrator).</source><translation>add：角色，以逗号分隔（data_clerk、policy_author、policy_approver、reviewer、payment_officer、payment_approver、manager、administrator）。</translation></message><message><source>add: the person's name as shown.</source><translation>add：显示的人员姓名。</translation></message><message><source>staff: say what to do: add LOGIN, list, passwd LOGIN, disable LOGIN or enable LOGIN.</source><translation>staff：请指明操作：add 登录名、list、passwd 登录名、disable 登录名或 enable 登录名。</translation></message><message><source>the staff member's login</source><translation>人员的登录名</translation></message></context><context><name>mianshen::itemmodels::ColumnTitles</name><message><source>Account</source><translation>账号</translation></message><message><source>Account holder</source><translation>户名</translation></message><message><source>Account import no.</source><translation>账户数据导入批次</translation></message><message><source>Action</source><translation>操作</translation></message><message><source>After</source><translation>修改后</translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>Amount changed</source><translation>金额变化</translation></message><message><source>Approvals needed</source><translation>需审批人数</translation></message><message><source>Approved</source><translation>自动通过</translation></message><message><source>Approved by</source><translation>审批人</translation></message><message><source>Award month</source><translation>补贴月份</translation></message><message><source>Award no.</source><translation>资格编号</translation></message><message><source>Bank</source><translation>开户银行</translation></message><message><source>Batch no.</source><translation>批次编号</translation></message><message><source>Before</source><translation>修改前</translation></message><message><source>By</source><translation>操作人</translation></message><message><source>Change</source><translation>变化</translation></message><message><source>Column</source><translation>列</translation></message><message><source>Condition</source><translation>条件</translation></message><message><source>Created</source><translation>创建时间</translation></message><message><source>Created by</source><translation>创建人</translation></message><message><source>Decided at</source><translation>决定时间</translation></message><message><source>Decided in run</source><translation>决定所在运行</translation></message><message><source>Decisions written</source><translation>写入的决定</translation></message><message><source>Deleted</source><translation>删除</translation></message><message><source>Duration (ms)</source><translation>用时（毫秒）</translation></message><message><source>Entity</source><translation>对象类型</translation></message><message><source>Entity no.</source><translation>对象编号</translation></message><message><source>Errors</source><translation>错误</translation></message><message><source>Evaluate (ms)</source><translation>计算（毫秒）</translation></message><message><source>Evaluated</source><translation>参与计算</translation></message><message><source>Evaluated in run</source><translation>计算所在运行</translation></message><message><source>Evaluations</source><translation>计算次数</translation></message><message><source>Expired at</source><translation>过期时间</translation></message><message><source>Explanation</source><translation>说明</translation></message><message><source>Exported</source><translation>导出时间</translation></message><message><source>Failed at</source><translation>失败时间</translation></message><message><source>Failure reason</source><translation>失败原因</translation></message><message><source>Feed</source><translation>数据项</translation></message><message><source>File</source><translation>文件名</translation></message><message><source>File version</source><translation>文件版本</translation></message><message><source>Fingerprint</source><translation>指纹</translation></message><message><source>Finished</source><translation>结束时间</translation></message><message><source>Flags</source><translation>审核标记</translation></message><message><source>For</source><translation>适用对象</translation></message><message><source>For review</source><translation>待审核</translation></message><message><source>Hash</source><translation>哈希</translation></message><message><source>Import no.</source><translation>导入批次</translation></message><message><source>In effect from</source><translation>生效自</translation></message><message><source>In effect until</source><translation>有效至</translation></message><message><source>Ineligible</source><translation>不符合</translation></message><message><source>Inputs</source><translation>输入数据</translation></message><message><source>Inserted</source><translation>新增</translation></message><message><source>Line</source><translation>行号</translation></message><message><source>Load (ms)</source><translation>读取（毫秒）</translation></message><message><source>Message</source><translation>说明</translation></message><message><source>Mode</source><translation>方式</translation></message><message><source>Month</source><translation>发放月份</translation></message><message><source>Newly qualifying</source><translation>新增符合</translation></message><message><source>No longer qualifying</source><translation>不再符合</translation></message><message><source>No.</source><translation>编号</translation></message><message><source>Not met</source><translation>未满足人数</translation></message><message><source>Outcome</source><translation>结果</translation></message><message><source>Over budget</source><translation>超出预算</translation></message><message><source>Paid at</source><translation>发放时间</translation></message><message><source>Payment no.</source><translation>付款编号</translation></message><message><source>Payments</source><translation>笔数</translation></message><message><source>Period</source><translation>期间</translation></message><message><source>Policies</source><translation>政策</translation></message><message><source>Policy</source><translation>政策代码</translation></message><message><source>Policy file</source><translation>政策文件</translation></message><message><source>Policy version</source><translation>政策版本</translation></message><message><source>Previous amount</source><translation>原金额</translation></message><message><source>Previous hash</source><translation>前一条哈希</translation></message><message><source>Problem code</source><translation>问题代码</translation></message><message><source>Published at</source><translation>发布时间</translation></message><message><source>Published by</source><translation>发布人</translation></message><message><source>Quarantine mode</source><translation>隔离模式</translation></message><message><source>Quarantined</source><translation>隔离行数</translation></message><message><source>Re-evaluated</source><translation>本次重新计算</translation></message><message><source>Reason</source><translation>理由</translation></message><message><source>Reason (Chinese)</source><translation>原因（中文）</translation></message><message><source>Reason (English)</source><translation>原因（英文）</translation></message><message><source>Reconciled</source><translation>对账时间</translation></message><message><source>Record</source><translation>原始记录</translation></message><message><source>Resolved at</source><translation>处理时间</translation></message><message><source>Resolved by</source><translation>处理人</translation></message><message><source>Result</source><translation>结果</translation></message><message><source>Retry of</source><translation>重发自</translation></message><message><source>Reviewer</source><translation>审核人</translation></message><message><source>Role</source><translation>角色</translation></message><message><source>Rows read</source><translation>读取行数</translation></message><message><source>Run no.</source><translation>运行编号</translation></message><message><source>SHA-256</source><translation>SHA-256</translation></message><message><source>Schedule</source><translation>发放方式</translation></message><message><source>Second approver</source><translation>第二审批人</translation></message><message><source>Sent</source><translation>报送时间</translation></message><message><source>Severity</source><translation>级别</translation></message><message><source>Skipped</source><translation>跳过</translation></message><message><source>Started</source><translation>开始时间</translation></message><message><source>Started by</source><translation>启动人</translation></message><message><source>Status</source><translation>状态</translation></message><message><source>Subject</source><translation>对象标识</translation></message><message><source>Subjects</source><translation>对象数</translation></message><message><source>Threads</source><translation>线程数</translation></message><message><source>Time</source><translation>时间</translation></message><message><source>Title (Chinese)</source><translation>名称（中文）</translation></message><message><source>Title (English)</source><translation>名称（英文）</translation></message><message><source>Total</source><translation>合计金额</translation></message><message><source>Updated</source><translation>更新</translation></message><message><source>Value</source><translation>值</translation></message><message><source>Version</source><translation>版本</translation></message><message><source>Warnings</source><translation>警告</translation></message><message><source>Withdrawn at</source><translation>撤回时间</translation></message><message><source>Withdrawn by</source><translation>撤回人</translation></message><message><source>Write (ms)</source><translation>写入（毫秒）</translation></message><message><source>approved</source><translation>已审批</translation></message><message><source>auto-approved</source><translation>自动通过</translation></message><message><source>cancelled</source><translation>已取消</translation></message><message><source>changed</source><translation>有变化</translation></message><message><source>completed</source><translation>已完成</translation></message><message><source>confirmed</source><translation>已确认</translation></message><message><source>created</source><translation>已创建</translation></message><message><source>delta</source><translation>增量</translation></message><message><source>enterprise</source><translation>企业</translation></message><message><source>error</source><translation>错误</translation></message><message><source>expired</source><translation>已过期</translation></message><message><source>exported</source><translation>已导出</translation></message><message><source>failed</source><translation>失败</translation></message><message><source>for review</source><translation>待审核</translation></message><message><source>imported</source><translation>已导入</translation></message><message><source>monthly</source><translation>按月</translation></message><message><source>new</source><translation>新增</translation></message><message><source>no longer qualifying</source><translation>不再符合</translation></message><message><source>one-off</source><translation>一次性</translation></message><message><source>over budget</source><translation>超出预算</translation></message><message><source>paid</source><translation>已发放</translation></message><message><source>person</source><translation>个人</translation></message><message><source>proposed</source><translation>待确认</translation></message><message><source>published</source><translation>已发布</translation></message><message><source>reconciled</source><translation>已对账</translation></message><message><source>rejected</source><translation>已拒绝</translation></message><message><source>running</source><translation>运行中</translation></message><message><source>sent</source><translation>已报送银行</translation></message><message><source>settled</source><translation>已追回</translation></message><message><source>skipped</source><translation>已跳过</translation></message><message><source>snapshot</source><translation>全量</translation></message><message><source>warning</source><translation>警告</translation></message><message><source>withdrawn</source><translation>已撤回</translation></message><message><source>written off</source><translation>已核销</translation></message></context><context><name>mianshen::ledger::LedgerQueries</name><message><source>There is no payment batch %1.</source><translation>不存在发放批次 %1。</translation></message></context><context><name>mianshen::staff::Authorization</name><message><source> or </source><translation>或</translation></message><message><source>%1 may not %2: that needs the role %3. Ask a colleague who holds it, or an administrator to grant it.</source><translation>%1 无权%2：需要“%3”角色。请由拥有该角色的同事办理，或请管理员授予该角色。</translation></message><message><source>Administrator</source><translation>系统管理员</translation></message><message><source>Data clerk</source><translation>数据录入员</translation></message><message><source>Manager</source><translation>管理者</translation></message><message><source>Payment approver</source><translation>支付审批人</translation></message><message><source>Payment officer</source><translation>支付经办人</translation></message><message><source>Policy approver</source><translation>政策审批人</translation></message><message><source>Policy author</source><translation>政策起草人</translation></message><message><source>Refused by the two-person rule "%1": %2 may not do both. Another person who holds the role must do it.</source><translation>按双人规则“%1”拒绝：%2 不能同时完成两步。须由拥有该角色的另一人办理。</translation></message><message><source>Reviewer</source><translation>审核员</translation></message><message><source>The roles of %1 could not be read from the server: run `mianshen roles install` first.</source><translation>无法从服务器读取 %1 的角色：请先运行 `mianshen roles install`。</translation></message><message><source>The roles of %1 could not be read.</source><translation>无法读取 %1 的角色。</translation></message><message><source>The staff accounts could not be read.</source><translation>无法读取人员账户。</translation></message></context><context><name>mianshen::staff::PasswordHash</name><message><source>The password could not be hashed (Argon2id: %1).</source><translation>无法计算密码哈希（Argon2id：%1）。</translation></message><message><source>The password must have at least 10 characters.</source><translation>密码至少需要 10 个字符。</translation></message><message><source>The password must not be the login.</source><translation>密码不能与登录名相同。</translation></message><message><source>This is not an Argon2id password hash.</source><translation>这不是 Argon2id 密码哈希。</translation></message></context><context><name>mianshen::staff::PersonalData</name><message><source>The reveal could not be recorded, so the data stays masked: %1</source><translation>无法记录显示操作，数据保持遮蔽：%1</translation></message></context><context><name>mianshen::staff::PostgresRoles</name><message><source>Cannot start a transaction: %1</source><translation>无法开始事务：%1</translation></message><message><source>Roles are installed on a PostgreSQL database; a SQLite desk uses `mianshen staff`.</source><translation>角色安装在 PostgreSQL 数据库上；SQLite 工作台请使用 `mianshen staff`。</translation></message><message><source>Server roles exist on PostgreSQL only; a SQLite desk uses `mianshen staff`.</source><translation>服务器角色仅存在于 PostgreSQL；SQLite 工作台请使用 `mianshen staff`。</translation></message><message><source>The role change could not be saved: %1</source><translation>无法保存角色变更：%1</translation></message><message><source>The roles could not be installed: %1</source><translation>无法安装角色：%1</translation></message><message><source>The roles could not be read: %1</source><translation>无法读取角色：%1</translation></message><message><source>The server refused "%1": %2</source><translation>服务器拒绝了“%1”：%2</translation></message><message><source>The tables could not be listed: %1</source><translation>无法列出数据表：%1</translation></message></context><context><name>mianshen::staff::RoleRules</name><message><source>One-person desk: this database has a single staff account, so no sign-in is asked.</source><translation>单人工作台：此数据库只有一个人员账户，因此无需登录。</translation></message><message><source>Roles are not set up on this database yet: everyone acts with every role. Create the administrator (SQLite: mianshen staff add; PostgreSQL: mianshen roles install).</source><translation>此数据库尚未设置角色：所有人均拥有全部角色。请创建管理员（SQLite：mianshen staff add；PostgreSQL：mianshen roles install）。</translation></message><message><source>The roles of the database could not be read.</source><translation>无法读取数据库的角色。</translation></message><message><source>The staff accounts could not be read.</source><translation>无法读取人员账户。</translation></message><message><source>approve a payment batch</source><translation>审批支付批次</translation></message><message><source>confirm a recovery</source><translation>确认追回</translation></message><message><source>create a payment batch</source><translation>创建支付批次</translation></message><message><source>decide a review case</source><translation>作出审核决定</translation></message><message><source>edit a policy draft</source><translation>编辑政策草稿</translation></message><message><source>export a bank file</source><translation>导出银行文件</translation></message><message><source>import a feed</source><translation>导入数据项</translation></message><message><source>load a bank return file</source><translation>导入银行回盘文件</translation></message><message><source>manage staff and roles</source><translation>管理人员和角色</translation></message><message><source>publish a policy</source><translation>发布政策</translation></message><message><source>run the matching</source><translation>运行匹配</translation></message><message><source>show personal data</source><translation>显示个人信息</translation></message><message><source>submit a policy draft for approval</source><translation>提交政策草稿审批</translation></message><message><source>view the audit log</source><translation>查看审计日志</translation></message><message><source>view the statistics</source><translation>查看统计</translation></message><message><source>withdraw a policy</source><translation>撤回政策</translation></message></context><context><name>mianshen::staff::StaffAccounts</name><message><source>%1 is the last administrator: make another administrator first.</source><translation>%1 是最后一名管理员：请先设置另一名管理员。</translation></message><message><source>Give %1 at least one role.</source><translation>请至少为 %1 指定一个角色。</translation></message><message><source>Give the display name of %1.</source><translation>请填写 %1 的显示名称。</translation></message><message><source>On PostgreSQL the staff are the server's own logins: create them on the server and give them roles with `mianshen roles grant LOGIN ROLE`.</source><translation>在 PostgreSQL 上，人员即服务器自身的登录账户：请在服务器上创建，并用 `mianshen roles grant 登录名 角色` 授予角色。</translation></message><message><source>The account %1 is disabled: ask an administrator.</source><translation>账户 %1 已停用：请联系管理员。</translation></message><message><source>The first account is the administrator: give it the role %1.</source><translation>第一个账户是管理员：请授予其“%1”角色。</translation></message><message><source>The login "%1" is not valid: use 2 to 40 letters, digits, '.', '-' or '_'.</source><translation>登录名“%1”无效：请使用 2 至 40 个字母、数字、“.”、“-”或“_”。</translation></message><message><source>The login %1 exists already.</source><translation>登录名 %1 已存在。</translation></message><message><source>The sign-in could not be recorded: %1</source><translation>无法记录登录：%1</translation></message><message><source>The staff accounts could not be changed (%1): %2</source><translation>无法修改人员账户（%1）：%2</translation></message><message><source>The staff accounts could not be changed: %1</source><translation>无法修改人员账户：%1</translation></message><message><source>The staff accounts could not be read: %1</source><translation>无法读取人员账户：%1</translation></message><message><source>The staff accounts could not be saved: %1</source><translation>无法保存人员账户：%1</translation></message><message><source>There is no staff account %1.</source><translation>没有人员账户 %1。</translation></message><message><source>Wrong login or password. Each failure makes the next attempt wait longer.</source><translation>登录名或密码错误。每次失败都会延长下次尝试前的等待时间。</translation></message></context><context><name>mianshen::ui::AdministrationPage</name><message><source>%1 no longer holds the role %2.</source><translation>%1 已不再拥有角色“%2”。</translation></message><message><source>%1 now holds the role %2.</source><translation>%1 现已拥有角色“%2”。</translation></message><message><source>&amp;Add the account</source><translation>添加账户(&amp;A)</translation></message><message><source>&amp;Disable the account</source><translation>停用账户(&amp;D)</translation></message><message><source>&amp;Enable the account</source><translation>启用账户(&amp;E)</translation></message><message><source>&amp;Reset the password</source><translation>重置密码(&amp;R)</translation></message><message><source>A case that needs four eyes gets its two approvals from two different reviewers.</source><translation>需要双人复核的案件，两次批准须来自两位不同的复核人员。</translation></message><message><source>Active</source><translation>状态</translation></message><message><source>Administration</source><translation>系统管理</translation></message><message><source>Administration: staff and roles</source><translation>系统管理：工作人员与角色</translation></message><message><source>Last sign-in</source><translation>上次登录</translation></message><message><source>Last sign-ins and attempts</source><translation>最近的登录与尝试</translation></message><message><source>Login</source><translation>账户</translation></message><message><source>Name</source><translation>姓名</translation></message><message><source>No database is open.</source><translation>未打开数据库。</translation></message><message><source>On PostgreSQL the staff are the server's logins: create them and set their passwords on the server; here they get and lose their roles (group roles mianshen_*).</source><translation>PostgreSQL 上的工作人员即服务器的登录用户：请在服务器上创建登录并设置密码；在此授予或收回其角色（mianshen_* 组角色）。</translation></message><message><source>One person may hold both roles of a pair; the rule then holds for each policy, batch or case.</source><translation>一人可同时拥有一对角色；此时规则对每项政策、批次或案件分别适用。</translation></message><message><source>Result</source><translation>结果</translation></message><message><source>Roles are enforced: each person may do only what their roles allow.</source><translation>角色已生效：每人只能进行其角色允许的操作。</translation></message><message><source>Select an account first.</source><translation>请先选择一个账户。</translation></message><message><source>Staff (tick a role to grant it, untick to revoke it)</source><translation>工作人员（勾选角色即授予，取消勾选即收回）</translation></message><message><source>The account %1 is disabled: it can no longer sign in.</source><translation>账户 %1 已停用：不能再登录。</translation></message><message><source>The account %1 is enabled again.</source><translation>账户 %1 已重新启用。</translation></message><message><source>The account %1 was added.</source><translation>已添加账户 %1。</translation></message><message><source>The author of a policy version does not approve its publication: a policy approver who did not write it must.</source><translation>政策版本的起草人不得批准其发布：须由未参与起草的政策审批人批准。</translation></message><message><source>The creator of a payment batch does not approve it: another payment approver must.</source><translation>支付批次的创建人不得批准该批次：须由另一位支付审批人批准。</translation></message><message><source>The password of %1 was reset: tell them the new one in person.</source><translation>%1 的密码已重置：请当面告知新密码。</translation></message><message><source>The sign-in attempts could not be read: %1</source><translation>无法读取登录记录：%1</translation></message><message><source>Two-person rules (always enforced)</source><translation>双人规则（始终执行）</translation></message><message><source>When (UTC)</source><translation>时间（UTC）</translation></message><message><source>disabled</source><translation>已停用</translation></message><message><source>login</source><translation>账户</translation></message><message><source>name</source><translation>姓名</translation></message><message><source>never</source><translation>从未</translation></message><message><source>new password</source><translation>新密码</translation></message><message><source>password</source><translation>密码</translation></message><message><source>refused</source><translation>被拒绝</translation></message><message><source>signed in</source><translation>登录成功</translation></message><message><source>yes</source><translation>在用</translation></message><message><source>Client and state</source><translation>客户端与状态</translation></message><message><source>Last sign-ins and attempts (this desk: %1, since %2)</source><translation>最近的登录与尝试（本机：%1，自 %2 起）</translation></message><message><source>Last sign-ins and attempts (this desk: nobody signed in)</source><translation>最近的登录与尝试（本机：无人登录）</translation></message><message><source>Sessions open on the server</source><translation>服务器上打开的会话</translation></message><message><source>Since (UTC)</source><translation>开始时间（UTC）</translation></message></context><context><name>mianshen::ui::BudgetPanel</name><message numerus="yes"><source>%1 (%n award(s))</source><translation><numerusform>%1（%n 项）</numerusform></translation></message><message><source>%1% used</source><translation>已用 %1%</translation></message><message><source>Budget</source><translation>预算</translation></message><message><source>Committed</source><translation>已承诺</translation></message><message><source>Every budget has more than 30% left.</source><translation>所有预算剩余均超过 30%。</translation></message><message><source>Held</source><translation>暂缓</translation></message><message><source>Nearly spent: %1% of the budget is used</source><translation>即将用完：预算已使用 %1%</translation></message><message><source>Paid</source><translation>已发放</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Remaining</source><translation>剩余</translation></message><message><source>Used</source><translation>使用比例</translation></message><message><source>Warning</source><translation>提醒</translation></message><message><source>Warning: %1% of the budget is used</source><translation>提醒：预算已使用 %1%</translation></message><message><source>no limit</source><translation>不限</translation></message></context><context><name>mianshen::ui::ExpressionEdit</name><message><source>Column %1: %2</source><translation>第 %1 列：%2</translation></message></context><context><name>mianshen::ui::FirstAdministratorDialog</name><message><source>&amp;Create and sign in</source><translation>创建并登录(&amp;C)</translation></message><message><source>&amp;Later</source><translation>以后再说(&amp;L)</translation></message><message><source>&amp;Login:</source><translation>账户(&amp;L)：</translation></message><message><source>&amp;Name:</source><translation>姓名(&amp;N)：</translation></message><message><source>&amp;Password:</source><translation>密码(&amp;P)：</translation></message><message><source>&amp;Repeat the password:</source><translation>再次输入密码(&amp;R)：</translation></message><message><source>Create the administrator</source><translation>创建管理员</translation></message><message><source>The two passwords differ: type the same password twice.</source><translation>两次输入的密码不同：请输入相同的密码。</translation></message><message><source>This database has no staff accounts yet, so everyone at this desk acts with every role. Create the administrator now: the administrator then adds the staff and gives them their roles on the Administration page.</source><translation>此数据库尚无工作人员账户，因此本机上任何人都拥有全部角色。请现在创建管理员：之后由管理员在“系统管理”页添加工作人员并分配角色。</translation></message></context><context><name>mianshen::ui::MetadataForm</name><message><source> months</source><translation> 个月</translation></message><message><source>Amount</source><translation>金额</translation></message><message><source>Amount label (中文 | English)</source><translation>金额说明（中文 | 英文）</translation></message><message><source>Budget (yuan)</source><translation>预算（元）</translation></message><message><source>Code and version</source><translation>编码和版本</translation></message><message><source>Department (中文 | English)</source><translation>主管部门（中文 | 英文）</translation></message><message><source>Enterprise</source><translation>企业</translation></message><message><source>From a decision table (Tables tab)</source><translation>由决策表计算（“决策表”页）</translation></message><message><source>In effect from | until</source><translation>有效期自 | 至</translation></message><message><source>Legal basis: address</source><translation>政策依据：网址</translation></message><message><source>Legal basis: document | article</source><translation>政策依据：文号 | 条款</translation></message><message><source>Legal basis: title (中文 | English)</source><translation>政策依据：文件名称（中文 | 英文）</translation></message><message><source>Monthly</source><translation>按月</translation></message><message><source>Not stacked with (group, rank)</source><translation>不重复享受（组别、优先级）</translation></message><message><source>One-off (once per subject)</source><translation>一次性（每个对象一次）</translation></message><message><source>Pays</source><translation>资助对象</translation></message><message><source>Person</source><translation>个人</translation></message><message><source>Schedule</source><translation>发放方式</translation></message><message><source>Title (中文 | English)</source><translation>名称（中文 | 英文）</translation></message><message><source>ascending</source><translation>升序</translation></message><message><source>at most </source><translation>最多 </translation></message><message><source>descending</source><translation>降序</translation></message><message><source>no limit</source><translation>不限</translation></message><message><source>open-ended</source><translation>长期有效</translation></message><message><source>served first: expression, e.g. the contract date</source><translation>优先顺序：表达式，如合同日期</translation></message></context><context><name>mianshen::ui::NoticeDialog</name><message><source> days</source><translation> 天</translation></message><message numerus="yes"><source>%n line(s), total %1. Displayed %2 to %3.</source><translation><numerusform>共 %n 行，合计 %1。公示期 %2 至 %3。</numerusform></translation></message><message><source>Batch </source><translation>批次 </translation></message><message><source>Choose a notice list first.</source><translation>请先选择公示名单。</translation></message><message><source>Decided on</source><translation>处理日期</translation></message><message><source>Displayed from</source><translation>公示开始</translation></message><message><source>Excel workbook (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message><message><source>Export .xlsx…</source><translation>导出 .xlsx…</translation></message><message><source>Export PDF…</source><translation>导出 PDF…</translation></message><message><source>Export the public notice</source><translation>导出公示名单</translation></message><message><source>Filter the list (name, id, period)…</source><translation>筛选名单（姓名、证件号、期间）…</translation></message><message><source>Note on the outcome</source><translation>处理结果说明</translation></message><message><source>Objection recorded.</source><translation>异议已登记。</translation></message><message><source>Objections received</source><translation>收到的异议</translation></message><message><source>Outcome of the selected objection:</source><translation>所选异议的处理结果：</translation></message><message><source>Outcome recorded.</source><translation>处理结果已登记。</translation></message><message><source>PDF (*.pdf)</source><translation>PDF (*.pdf)</translation></message><message><source>Payment batch</source><translation>支付批次</translation></message><message><source>Policy and month</source><translation>政策和月份</translation></message><message><source>Public notice (公示)</source><translation>公示名单</translation></message><message><source>Raised by</source><translation>异议人</translation></message><message><source>Received on</source><translation>收到日期</translation></message><message><source>Record objection</source><translation>登记异议</translation></message><message><source>Select the objection whose outcome you record.</source><translation>请选择要登记处理结果的异议。</translation></message><message><source>Set outcome</source><translation>登记处理结果</translation></message><message><source>The month of the payments</source><translation>支付所在月份</translation></message><message><source>The whole list</source><translation>整个名单</translation></message><message><source>What it is about: the whole list or one line of it</source><translation>异议涉及：整个名单或其中一行</translation></message><message><source>What the objection says</source><translation>异议内容</translation></message><message><source>Wrote %1.</source><translation>已写入 %1。</translation></message><message><source>dismissed</source><translation>不成立</translation></message><message><source>pending</source><translation>待处理</translation></message><message><source>public notice %1 %2</source><translation>公示 %1 %2</translation></message><message><source>public notice batch %1 %2</source><translation>公示 批次%1 %2</translation></message><message><source>upheld</source><translation>成立</translation></message><message><source>withdrawn</source><translation>撤回</translation></message></context><context><name>mianshen::ui::PaymentJobStrip</name><message numerus="yes"><source>%1 (%n s)</source><translation><numerusform>%1（%n 秒）</numerusform></translation></message><message><source>Cancel</source><translation>取消</translation></message></context><context><name>mianshen::ui::PolicyEditorDialog</name><message><source>%1: %2</source><translation>%1：%2</translation></message><message numerus="yes"><source>%n error(s)</source><translation><numerusform>%n 处错误</numerusform></translation></message><message numerus="yes"><source>%n warning(s)</source><translation><numerusform>%n 条警告</numerusform></translation></message><message><source>&amp;Approve &amp;&amp; Publish</source><translation>批准并发布(&amp;A)</translation></message><message><source>&amp;Conditions</source><translation>条件(&amp;C)</translation></message><message><source>&amp;Definitions</source><translation>定义(&amp;D)</translation></message><message><source>&amp;Exclusions</source><translation>排除条件(&amp;E)</translation></message><message><source>&amp;Policy</source><translation>政策(&amp;P)</translation></message><message><source>&amp;Tables</source><translation>决策表(&amp;T)</translation></message><message><source>&amp;What If…</source><translation>试算(&amp;W)…</translation></message><message><source>A new policy: there is no published version to compare with.</source><translation>新政策：没有可比较的已发布版本。</translation></message><message><source>A note for the approver (optional):</source><translation>给审批人的说明（可选）：</translation></message><message><source>Approve and Publish</source><translation>批准并发布</translation></message><message><source>C&amp;hanges</source><translation>变更(&amp;H)</translation></message><message><source>Cannot read %1: %2</source><translation>无法读取 %1：%2</translation></message><message><source>Cannot write %1: %2</source><translation>无法写入 %1：%2</translation></message><message><source>Close</source><translation>关闭</translation></message><message><source>Draft %1 is %2: it can no longer be changed.</source><translation>草稿 %1 状态为%2，不能再修改。</translation></message><message><source>Draft %1 of %2 (%3), by %4, revision %5</source><translation>%2 的草稿 %1（%3），起草人 %4，第 %5 次修订</translation></message><message><source>E&amp;xport File…</source><translation>导出文件(&amp;X)…</translation></message><message><source>Export the Policy File</source><translation>导出政策文件</translation></message><message><source>F&amp;ile</source><translation>文件(&amp;I)</translation></message><message><source>I&amp;mport File…</source><translation>导入文件(&amp;M)…</translation></message><message><source>Import a Policy File</source><translation>导入政策文件</translation></message><message><source>No change against version %1.</source><translation>与第 %1 版相比没有变化。</translation></message><message><source>No findings: the policy loads and checks clean.</source><translation>无问题：政策可以载入，检查通过。</translation></message><message><source>Policy Editor</source><translation>政策编辑器</translation></message><message><source>Policy Editor — %1</source><translation>政策编辑器 — %1</translation></message><message><source>Policy files (*.json)</source><translation>政策文件 (*.json)</translation></message><message><source>Preview the draft on the real data: who would get what, against the published version</source><translation>用真实数据预览草稿：与已发布版本相比，谁将获得多少</translation></message><message><source>Publish %1 "%2"? Matching runs of its effective months will use it.</source><translation>发布 %1“%2”？其有效期内各月的匹配将使用该政策。</translation></message><message><source>Published as version %1.</source><translation>已发布为第 %1 版。</translation></message><message><source>Review &amp;Flags</source><translation>复核标记(&amp;F)</translation></message><message><source>S&amp;ubmit for Approval…</source><translation>提交审批(&amp;U)…</translation></message><message><source>Send &amp;Back…</source><translation>退回(&amp;B)…</translation></message><message><source>Send Back</source><translation>退回</translation></message><message><source>Submit for Approval</source><translation>提交审批</translation></message><message><source>Te&amp;sts</source><translation>测试(&amp;S)</translation></message><message><source>The draft's file cannot be shown in the forms (%1). Export it, correct it and import it again.</source><translation>草稿文件无法在表单中显示（%1）。请导出、改正后重新导入。</translation></message><message><source>What If</source><translation>试算</translation></message><message><source>What must the author change?</source><translation>起草人需要修改什么？</translation></message><message><source>a new version of version %1</source><translation>基于第 %1 版的新版本</translation></message><message><source>comment: %1</source><translation>意见：%1</translation></message><message><source>saving…</source><translation>正在保存…</translation></message></context><context><name>mianshen::ui::RecoveryPanel</name><message><source>Amount</source><translation>金额</translation></message><message><source>Confirm</source><translation>确认</translation></message><message><source>Evidence</source><translation>依据</translation></message><message><source>Find Recoveries</source><translation>查找需追回款项</translation></message><message><source>Look through the newest data for paid payments that were wrong and propose recovery orders.</source><translation>根据最新数据查找发放有误的付款并提出追回单。</translation></message><message><source>Month</source><translation>月份</translation></message><message><source>No.</source><translation>编号</translation></message><message><source>Policy</source><translation>政策</translation></message><message><source>Reason</source><translation>原因</translation></message><message><source>Settled…</source><translation>已追回…</translation></message><message><source>Status</source><translation>状态</translation></message><message><source>Subject</source><translation>对象</translation></message><message><source>Write Off…</source><translation>核销…</translation></message><message><source>death before the month paid</source><translation>发放月份之前已死亡</translation></message><message><source>duplicate subsidy</source><translation>重复享受补贴</translation></message><message><source>listed as seriously dishonest</source><translation>列入严重失信名单</translation></message></context><context><name>mianshen::ui::RuleListEditor</name><message><source>A decision table: edit it on the Tables tab.</source><translation>决策表：请在“决策表”页编辑。</translation></message><message><source>Add</source><translation>添加</translation></message><message><source>Chinese</source><translation>中文</translation></message><message><source>Down</source><translation>下移</translation></message><message><source>English</source><translation>英文</translation></message><message><source>Expression</source><translation>表达式</translation></message><message><source>Id</source><translation>标识</translation></message><message><source>Label (中文 | English)</source><translation>说明（中文 | 英文）</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>Remove</source><translation>删除</translation></message><message><source>Up</source><translation>上移</translation></message></context><context><name>mianshen::ui::SignInDialog</name><message><source>&amp;Login:</source><translation>账户(&amp;L)：</translation></message><message><source>&amp;Password:</source><translation>密码(&amp;P)：</translation></message><message><source>&amp;Sign in</source><translation>登录(&amp;S)</translation></message><message><source>Enter your login and your password.</source><translation>请输入账户和密码。</translation></message><message><source>Sign in to Mianshen</source><translation>登录免申即享</translation></message><message><source>This database has staff accounts. Sign in with yours: what you may do follows your roles, and every change is recorded in your name.</source><translation>此数据库已设工作人员账户。请用您的账户登录：您能做什么取决于您的角色，每项更改都以您的名义记录。</translation></message><message numerus="yes"><source>Waiting %n second(s) after the failed attempts…</source><translation><numerusform>登录失败后需等待 %n 秒…</numerusform></translation></message></context><context><name>mianshen::ui::SignInGate</name><message><source>No staff accounts yet: everyone acts with every role</source><translation>尚无工作人员账户：任何人都拥有全部角色</translation></message><message><source>One-person desk: sign-in skipped (%1)</source><translation>单人工作台：已跳过登录（%1）</translation></message><message><source>Roles not installed on this server: every login acts with every role</source><translation>此服务器未安装角色：每个登录用户都拥有全部角色</translation></message><message><source>Signed in: %1</source><translation>已登录：%1</translation></message></context><context><name>mianshen::ui::TableEditor</name><message><source>Add Input</source><translation>添加输入</translation></message><message><source>Add Rule</source><translation>添加规则</translation></message><message><source>Default</source><translation>默认值</translation></message><message><source>Expression</source><translation>表达式</translation></message><message><source>First matching rule</source><translation>第一条匹配的规则</translation></message><message><source>Hit</source><translation>命中方式</translation></message><message><source>Input</source><translation>输入</translation></message><message><source>Label (English)</source><translation>说明（英文）</translation></message><message><source>Label (中文)</source><translation>说明（中文）</translation></message><message><source>Largest of matching rules</source><translation>匹配规则中的最大值</translation></message><message><source>New Table</source><translation>新建决策表</translation></message><message><source>Remove Rule</source><translation>删除规则</translation></message><message><source>Result</source><translation>结果</translation></message><message><source>Sum of matching rules</source><translation>匹配规则之和</translation></message><message><source>Table</source><translation>决策表</translation></message><message><source>The amount</source><translation>金额</translation></message><message><source>This policy has no decision table. New Table adds one as a definition.</source><translation>本政策没有决策表。“新建决策表”会添加一个作为定义。</translation></message><message><source>none: no rule matching gives zero</source><translation>无：没有规则匹配时为零</translation></message></context><context><name>mianshen::ui::TestCaseEditor</name><message><source>%1 passed, %2 failed</source><translation>%1 个通过，%2 个未通过</translation></message><message><source>&amp;Run Tests</source><translation>运行测试(&amp;R)</translation></message><message><source>Add Case</source><translation>添加用例</translation></message><message><source>Add Record</source><translation>添加记录</translation></message><message><source>Amount (yuan)</source><translation>金额（元）</translation></message><message><source>Eligible</source><translation>符合条件</translation></message><message><source>FAILED: %1</source><translation>未通过：%1</translation></message><message><source>Failed</source><translation>未满足</translation></message><message><source>Flags</source><translation>复核标记</translation></message><message><source>Name</source><translation>名称</translation></message><message><source>Period</source><translation>期间</translation></message><message><source>Records of the feed</source><translation>数据项的记录</translation></message><message><source>Remove Case</source><translation>删除用例</translation></message><message><source>Remove Record</source><translation>删除记录</translation></message><message><source>Result</source><translation>结果</translation></message><message><source>Run every case (F5)</source><translation>运行全部用例（F5）</translation></message><message><source>Subject</source><translation>对象</translation></message><message><source>passed</source><translation>通过</translation></message></context><context><name>mianshen::staff::StaffSessions</name><message><source>The server's sessions could not be read: %1</source><translation>无法读取服务器上的会话：%1</translation></message><message><source>The sign-in attempts could not be read: %1</source><translation>无法读取登录记录：%1</translation></message><message><source>this desk</source><translation>本机</translation></message></context></TS>