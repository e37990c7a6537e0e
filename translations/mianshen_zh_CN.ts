<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a whole number (examples: 5, &gt;=10, !=0).</source>
        <translation>“%1”的筛选：“%2”不是整数（例如：5、&gt;=10、!=0）。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</source>
        <translation>“%1”的筛选：“%2”不是最多两位小数的元金额（例如：1000、&gt;=2500.50）。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a number with at most two decimals (examples: 3, &gt;1.5).</source>
        <translation>“%1”的筛选：“%2”不是最多两位小数的数字（例如：3、&gt;1.5）。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: write yes or no (1/0, 是/否).</source>
        <translation>“%1”的筛选：请输入是或否（1/0、是/否）。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: only = and != compare text; type part of the value to search.</source>
        <translation>“%1”的筛选：文本只能用 = 和 != 比较；输入部分内容即可搜索。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</source>
        <translation>“%1”的筛选：“%2”不是日期（YYYY-MM-DD，例如 &gt;=2021-01-01）。</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a month (YYYY-MM, e.g. &lt;2021-07).</source>
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
</context>
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
</context>
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
        <source>Sorting %1 rows by &quot;%2&quot; would take long for every page: filter the rows to at most %3 first, then sort.</source>
        <translation>按“%2”对 %1 行排序，每一页都会耗时很长：请先筛选到不超过 %3 行，再排序。</translation>
    </message>
</context>
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
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>数据库中没有“%1”表。</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no key to page by.</source>
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
        <source>Column %1: unknown type &quot;%2&quot;.</source>
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
        <source>%1: unknown subject kind &quot;%2&quot;.</source>
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
        <source>Feed %1: &quot;op&quot; and &quot;import_id&quot; are reserved names.</source>
        <translation>数据项 %1：“op”和“import_id”是保留名称。</translation>
    </message>
</context>
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
</context>
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
        <source>policy preview: the period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
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
        <source>&quot;mianshen COMMAND --help&quot; shows the options of a command.</source>
        <translation>“mianshen 命令 --help”显示该命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation>退出状态：0 成功，1 失败（信息输出到标准错误），2 用法错误。</translation>
    </message>
    <message>
        <source>Mianshen (免申即享): subsidies without applying. Imports the departments&apos; data feeds, matches the published policies against every person and enterprise, and pays.</source>
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
        <source>The command&apos;s own arguments.</source>
        <translation>命令自身的参数。</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[参数...]</translation>
    </message>
    <message>
        <source>&quot;mianshen --help&quot; lists the options and commands.</source>
        <translation>“mianshen --help”列出所有选项和命令。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>没有指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. &quot;mianshen --help&quot; lists the commands.</source>
        <translation>未知命令“%1”。“mianshen --help”列出所有命令。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs a database: mianshen --db PATH_OR_URL %1 ...</source>
        <translation>命令“%1”需要数据库：mianshen --db 路径或地址 %1 ...</translation>
    </message>
    <message>
        <source>The language of the commands&apos; messages: zh or en (default: the system&apos;s).</source>
        <translation>命令输出的语言：zh（中文）或 en（英文），默认跟随系统。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>--lang must be zh or en, not &quot;%1&quot;.</source>
        <translation>--lang 只能是 zh 或 en，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::DecisionsCommand</name>
    <message>
        <source>Write a period&apos;s award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</source>
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
</context>
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
</context>
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
        <source>Create the database&apos;s tables, or bring them up to this program&apos;s version.</source>
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
        <source>Language of messages and explanations: zh or en (default: the system&apos;s).</source>
        <translation>提示和说明的语言：zh 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>test: print every test&apos;s explanation, not only the failures&apos;.</source>
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
        <source>policy: unknown verb &quot;%1&quot; (expected check or test).</source>
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
</context>
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
        <source>zh or en (default: the system&apos;s).</source>
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
</context>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
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
        <source>read the run&apos;s changes</source>
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
        <source>write the run&apos;s policy summaries</source>
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
        <source>read the policies&apos; latest states</source>
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
</context>
<context>
    <name>mianshen::rules::SnapshotBuilder</name>
    <message>
        <source>unknown feed &quot;%1&quot;</source>
        <translation>未知数据项“%1”</translation>
    </message>
    <message>
        <source>feed &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>数据项“%1”没有列“%2”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): &quot;%3&quot; is not a valid value: %4</source>
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
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// address.</source>
        <translation>“%1”既不是文件路径，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2</source>
        <translation>地址“%1”无效：%2</translation>
    </message>
    <message>
        <source>Unknown SSL mode &quot;%1&quot; (use one of: %2).</source>
        <translation>未知的 SSL 模式“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the address (known: sslmode, host, port, user, password, dbname).</source>
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
        <source>The user name or password is wrong: the server %1 did not accept user &quot;%2&quot; with this password.</source>
        <translation>用户名或密码错误：服务器 %1 不接受用户“%2”使用此密码登录。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for user &quot;%2&quot;: enter the password.</source>
        <translation>服务器 %1 要求用户“%2”提供密码：请输入密码。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the server %2: check the user name.</source>
        <translation>服务器 %2 上没有用户“%1”：请检查用户名。</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the server %2: check the database name, or ask the administrator to create it.</source>
        <translation>服务器 %2 上没有数据库“%1”：请检查数据库名称，或请管理员创建该数据库。</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted (SSL) connections, but the SSL mode &quot;%2&quot; requires one: ask the administrator, or choose another SSL mode.</source>
        <translation>服务器 %1 不提供加密（SSL）连接，但 SSL 模式“%2”要求加密：请联系管理员，或选择其他 SSL 模式。</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: set the SSL mode to &quot;require&quot;.</source>
        <translation>服务器 %1 只接受加密连接：请将 SSL 模式设为“require”。</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for user &quot;%2&quot; and database &quot;%3&quot;: ask the administrator to allow it.</source>
        <translation>服务器 %1 不接受本机以用户“%2”连接数据库“%3”：请联系管理员开通。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not known: check its spelling and the network.</source>
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
        <source>Could not connect to the database &quot;%1&quot; on the server %2.</source>
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
        <source>The database file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;). Keep the file on a local disk.</source>
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
        <source>The migration file name &quot;%1&quot; is not of the form NNNN_name.sql.</source>
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
        <source>The program&apos;s migrations are broken: %1</source>
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
</context>
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
        <source>Enter the server&apos;s name or address.</source>
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
</context>
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
        <source>This database holds no feed data yet. Import the departments&apos; CSV files on the Data page (Ctrl+2), or drop them onto this window.</source>
        <translation>此数据库还没有任何数据。请在“数据”页（Ctrl+2）导入各部门的 CSV 文件，或将文件拖放到本窗口。</translation>
    </message>
</context>
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
</context>
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
</context>
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
</context>
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
        <source>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments&apos; data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
</TS>
