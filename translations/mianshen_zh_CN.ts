<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
</context>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::catalog</name>
    <message>
        <source>Feed %1: a column has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: unknown type "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: an enum needs its values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: invalid pattern: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the feed name must be lower-case letters, digits and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown subject kind "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1: column %2 appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1 has no columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1 has no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1: key column %2 is not a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1: column %2 must agree with %3, which is not a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1: subject column %2 is not a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed %1: "op" and "import_id" are reserved names.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::catalog::FeedCatalog</name>
    <message>
        <source>The feed catalog folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 describes feed %2: the file must be named after its feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed catalog folder %1 holds no feeds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli</name>
    <message>
        <source>policy publish: name at least one policy file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy list takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy withdraw: give CODE VERSION.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unchanged, already published as %2 version %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: published %2 version %3 (%4 embedded tests passed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: %1 version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code	version	status	kind	schedule	effective	published	title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No policy has been published yet. Publish one with: mianshen --db %1 policy publish FILE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command the window opens (on --db, or on the database used last).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"mianshen COMMAND --help" shows the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mianshen (免申即享): subsidies without applying. Imports the departments' data feeds, matches the published policies against every person and enterprise, and pays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path-or-url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do (see Commands below).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command's own arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[arguments...]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"mianshen --help" lists the options and commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1". "mianshen --help" lists the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command "%1" needs a database: mianshen --db PATH_OR_URL %1 ...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::DecisionsCommand</name>
    <message>
        <source>Write a period's award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decisions: give --period YYYY-MM (and no other arguments).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::DemoDataCommand</name>
    <message>
        <source>Write a synthetic development zone (all feeds and payment history) as CSV files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of persons (default 2000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of enterprises (default 200).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed: the same seed gives the same files (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder to write the files into (created if needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo-data takes no positional arguments (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing --out DIR: the folder to write the files into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--persons must be a positive whole number (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--enterprises must be a positive whole number (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows in %2 files, %3 s (%4 rows/s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::ImportCommand</name>
    <message>
        <source>Import feed files (CSV deliveries); each file whole or not at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the problems of every file to this CSV file instead of stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the good rows and keep the bad ones in quarantine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who imports (for the import history).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed files, named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs at least one file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::InfoCommand</name>
    <message>
        <source>Show the database, its schema version and the number of rows in every table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info takes no arguments (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Mianshen database yet: it has no schema. Set it up with: mianshen --db %2 migrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database:        %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:            %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not list the tables: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables (rows):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not count the rows of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::MatchCommand</name>
    <message>
        <source>Match the published policies against every subject for a period and print the summary per policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month to decide (YYYY-MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this policy (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threads (default: every core).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run even when nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No progress lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>match: give --period YYYY-MM (and no other arguments).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>match: --threads must be a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluating: %1 of %2 (%3/s, %4 s left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed since run %1 of %2: no new decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 for %2 completed in %3 ms (load %4 ms, evaluate %5 ms, write %6 ms), %7 evaluations, %8 decisions written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy	version	evaluated	approved	flagged	over_budget	ineligible	skipped	total	new	changed	no_longer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::MigrateCommand</name>
    <message>
        <source>Create the database's tables, or bring them up to this program's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate takes no arguments (got: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::PolicyCommand</name>
    <message>
        <source>Check policy files (policy check FILE...) or run their embedded tests (policy test FILE...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of messages and explanations: zh or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zh|en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test: print every test's explanation, not only the failures'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check | test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy files (JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy: say what to do: check or test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy: unknown verb "%1" (expected check or test).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy %1: name at least one policy file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy: --lang must be zh or en.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>the policy has errors; its tests did not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the policy has no embedded tests</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::cli::WhyCommand</name>
    <message>
        <source>Explain the decision for one subject, policy and period, awarded or not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zh or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zh|en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number or credit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SUBJECT_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why: give --period YYYY-MM --policy CODE SUBJECT_ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why: --lang must be zh or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已决定：%1，金额 %2，复核标记：%3（运行 %4）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided: %1, amount %2, flags: %3 (run %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>该期间没有发放决定。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No award was decided for this period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::demo::CsvFileWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::demo::DemoDataGenerator</name>
    <message>
        <source>The number of persons must be between 1 and %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of enterprises must be between 1 and %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No output folder given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::feeds::CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the record is longer than %2 bytes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected COPY row from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::DecisionWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused to commit decisions: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::Engine</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::FeedReader</name>
    <message>
        <source>A feed without a subject column cannot be read by subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::MatchingRun</name>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No published policy is in effect in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was cancelled; it left no decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 has no published version in effect in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::PolicyRepository</name>
    <message>
        <source>%1: the file is too large for a policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not published: it has errors.
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is not published: %n embedded test(s) failed.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 version %2 is not a published version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no published policy %1 version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No policy %1 has been published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published policy %1 no longer loads:
%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::RunRepository</name>
    <message>
        <source>The run was interrupted (the program stopped before it completed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 is %2, not running: it cannot be completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 was no longer running when it was to complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no matching run %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::matching::SnapshotLoader</name>
    <message>
        <source>The policies use an unknown feed %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policies use an unknown column %1.%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::rules::SnapshotBuilder</name>
    <message>
        <source>unknown feed "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feed "%1" has no column "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column "%1" (%2): "%3" is not a valid value: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the column is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1/0, true/false or 是/否</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected yuan with at most two decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a decimal with at most two places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a month YYYY-MM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::store::ConnectionSpec</name>
    <message>
        <source>No database given: name a SQLite file or a postgresql:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither a file path nor a postgresql:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address "%1" is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown SSL mode "%1" (use one of: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown setting "%1" in the address (known: sslmode, host, port, user, password, dbname).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::store::Database</name>
    <message>
        <source>The user name or password is wrong: the server %1 did not accept user "%2" with this password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 asks for a password for user "%2": enter the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no user "%1" on the server %2: check the user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database "%1" on the server %2: check the database name, or ask the administrator to create it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not offer encrypted (SSL) connections, but the SSL mode "%2" requires one: ask the administrator, or choose another SSL mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: set the SSL mode to "require".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for user "%2" and database "%3": ask the administrator to allow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server name "%1" is not known: check its spelling and the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: it cannot be reached. Check the address, the network and the firewall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 cannot be reached: nothing answers there. Check the server name and port, and that the database server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 is busy: it has no free connections left. Try again later or ask the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 is starting or stopping: try again in a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, the network, and that the database server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the database "%1" on the server %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details from the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database file given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist, so the database file cannot be created there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be written to: check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be created: the folder is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode is "%2"). Keep the file on a local disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be set up (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1, but could not set up the session: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database rolled the transaction back; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mianshen::store::Migrator</name>
    <message>
        <source>The migration file name "%1" is not of the form NNNN_name.sql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two migrations have the number %1: %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 uses the unknown token %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program's migrations are broken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has migration %2, which this program does not know. It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of migration %1 was kept; the database stays at version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not lock the database for migrating: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the schema version table: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 failed at statement %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record migration %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 was not saved: %2 The database stays at version %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is not set up for Mianshen yet (no schema). Set it up with: mianshen --db %2 migrate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The database %1 has schema version %2 and needs updating to %3 (%n step(s) missing). Update it with: mianshen --db %4 migrate</source>
        <translation type="unfinished">
            <numerusform />
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
        <source>This database holds no feed data yet. Import the departments' CSV files on the Data page (Ctrl+2), or drop them onto this window.</source>
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
        <translation><numerusform>将导入 %n 个文件，每个文件要么全部导入，要么完全不导入。没有 op 列的文件将替换该数据项的全部数据。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported, each as a whole or not at all. Files whose name names no feed are left out.</source>
        <translation><numerusform>将导入 %n 个文件，每个文件要么全部导入，要么完全不导入。文件名不对应任何数据项的文件不导入。</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
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
        <translation><numerusform>已导入 %n 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (nothing of them imported)</source>
        <translation><numerusform>%n 个被拒绝（均未导入任何数据）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already imported before)</source>
        <translation><numerusform>%n 个已跳过（此前已导入）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (nothing of them imported)</source>
        <translation><numerusform>%n 个已取消（均未导入任何数据）</numerusform></translation>
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
        <source>A run checks every published policy against every person and enterprise for one month. Runs and their results appear here.</source>
        <translation>一次运行针对某个月份，将每一项已发布的政策与每一个人员和企业逐一比对。运行及其结果显示在这里。</translation>
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
        <source>Published policies</source>
        <translation>已发布政策</translation>
    </message>
    <message>
        <source>No policy is published yet.</source>
        <translation>尚未发布任何政策。</translation>
    </message>
    <message>
        <source>Policies are written as files and published with: mianshen --db DATABASE policy publish FILE. Published policies appear here.</source>
        <translation>政策以文件形式编写，并通过以下命令发布：mianshen --db 数据库 policy publish 文件。已发布的政策显示在这里。</translation>
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
