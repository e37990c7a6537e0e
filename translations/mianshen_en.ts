<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Filter for "%1": "%2" is not a whole number (examples: 5, &gt;=10, !=0).</source>
        <translation>Filter for "%1": "%2" is not a whole number (examples: 5, &gt;=10, !=0).</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</source>
        <translation>Filter for "%1": "%2" is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a number with at most two decimals (examples: 3, &gt;1.5).</source>
        <translation>Filter for "%1": "%2" is not a number with at most two decimals (examples: 3, &gt;1.5).</translation>
    </message>
    <message>
        <source>Filter for "%1": write yes or no (1/0, 是/否).</source>
        <translation>Filter for "%1": write yes or no (1/0, 是/否).</translation>
    </message>
    <message>
        <source>Filter for "%1": only = and != compare text; type part of the value to search.</source>
        <translation>Filter for "%1": only = and != compare text; type part of the value to search.</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</source>
        <translation>Filter for "%1": "%2" is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</translation>
    </message>
    <message>
        <source>Filter for "%1": "%2" is not a month (YYYY-MM, e.g. &lt;2021-07).</source>
        <translation>Filter for "%1": "%2" is not a month (YYYY-MM, e.g. &lt;2021-07).</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Feeds with data</source>
        <translation>Feeds with data</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Published policies</source>
        <translation>Published policies</translation>
    </message>
    <message>
        <source>Completed matching runs</source>
        <translation>Completed matching runs</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
<message><source>Overdue review cases</source><translation>Overdue review cases</translation></message></context>
<context>
    <name>FeedSummaryModel</name>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>skipped (already imported)</source>
        <translation>skipped (already imported)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>no table</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
<message numerus="yes"><source>%n error(s)</source><translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation></message><message numerus="yes"><source>%n warning(s)</source><translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation></message><message><source>held: a large change to confirm</source><translation>held: a large change to confirm</translation></message></context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>There is no column %1.</source>
        <translation>There is no column %1.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>Sorting %1 rows by "%2" would take long for every page: filter the rows to at most %3 first, then sort.</source>
        <translation>Sorting %1 rows by "%2" would take long for every page: filter the rows to at most %3 first, then sort.</translation>
    </message>
<message><source>%1 cannot be written: %2</source><translation>%1 cannot be written: %2</translation></message><message><source>Cancelled.</source><translation>Cancelled.</translation></message><message><source>Cancelled: no file was written.</source><translation>Cancelled: no file was written.</translation></message><message><source>Only the first %1 rows are printed; filter the table to print the others.</source><translation>Only the first %1 rows are printed; filter the table to print the others.</translation></message><message><source>filter: %1</source><translation>filter: %1</translation></message></context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <source>the first matching row applies</source>
        <translation>the first matching row applies</translation>
    </message>
    <message>
        <source>the values of all matching rows are added</source>
        <translation>the values of all matching rows are added</translation>
    </message>
    <message>
        <source>the largest value of the matching rows applies</source>
        <translation>the largest value of the matching rows applies</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>one-off: at most once per subject</source>
        <translation>one-off: at most once per subject</translation>
    </message>
    <message>
        <source>monthly, at most %1 months</source>
        <translation>monthly, at most %1 months</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>when it runs out, served in order of</source>
        <translation>when it runs out, served in order of</translation>
    </message>
    <message>
        <source>(ascending)</source>
        <translation>(ascending)</translation>
    </message>
    <message>
        <source>(descending)</source>
        <translation>(descending)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Not combined with</source>
        <translation>Not combined with</translation>
    </message>
    <message>
        <source>group %1 (rank %2: the lowest rank wins)</source>
        <translation>group %1 (rank %2: the lowest rank wins)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Conditions (all must hold)</source>
        <translation>Conditions (all must hold)</translation>
    </message>
    <message>
        <source>Exclusions (none may apply)</source>
        <translation>Exclusions (none may apply)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Review flags (a person looks at the case)</source>
        <translation>Review flags (a person looks at the case)</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>The policy has no tests.</source>
        <translation>The policy has no tests.</translation>
    </message>
    <message>
        <source>%1 of %2 tests passed.</source>
        <translation>%1 of %2 tests passed.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>flags</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>PolicyListModel</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <source>checked, %1 warning(s)</source>
        <translation>checked, %1 warning(s)</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>tests %1/%2 passed</source>
        <translation>tests %1/%2 passed</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>one-off</translation>
    </message>
    <message>
        <source>published v%1</source>
        <translation>published v%1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>shipped with the program</source>
        <translation>shipped with the program</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
<message><source>superseded by version %1</source><translation>superseded by version %1</translation></message></context>
<context>
    <name>TableSource</name>
    <message>
        <source>The database has no table "%1".</source>
        <translation>The database has no table "%1".</translation>
    </message>
    <message>
        <source>The table "%1" has no key to page by.</source>
        <translation>The table "%1" has no key to page by.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Column %1.%2 refers to feed %3, which is not in the catalog.</source>
        <translation>Column %1.%2 refers to feed %3, which is not in the catalog.</translation>
    </message>
</context>
<context>
    <name>mianshen::catalog</name>
    <message>
        <source>Feed %1: a column has no name.</source>
        <translation>Feed %1: a column has no name.</translation>
    </message>
    <message>
        <source>Column %1: unknown type "%2".</source>
        <translation>Column %1: unknown type "%2".</translation>
    </message>
    <message>
        <source>Column %1: an enum needs its values.</source>
        <translation>Column %1: an enum needs its values.</translation>
    </message>
    <message>
        <source>Column %1: invalid pattern: %2</source>
        <translation>Column %1: invalid pattern: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1: not a JSON object (%2 at offset %3).</translation>
    </message>
    <message>
        <source>%1: the feed name must be lower-case letters, digits and _.</source>
        <translation>%1: the feed name must be lower-case letters, digits and _.</translation>
    </message>
    <message>
        <source>%1: unknown subject kind "%2".</source>
        <translation>%1: unknown subject kind "%2".</translation>
    </message>
    <message>
        <source>Feed %1: column %2 appears twice.</source>
        <translation>Feed %1: column %2 appears twice.</translation>
    </message>
    <message>
        <source>Feed %1 has no columns.</source>
        <translation>Feed %1 has no columns.</translation>
    </message>
    <message>
        <source>Feed %1 has no key.</source>
        <translation>Feed %1 has no key.</translation>
    </message>
    <message>
        <source>Feed %1: key column %2 is not a column.</source>
        <translation>Feed %1: key column %2 is not a column.</translation>
    </message>
    <message>
        <source>Feed %1: column %2 must agree with %3, which is not a column.</source>
        <translation>Feed %1: column %2 must agree with %3, which is not a column.</translation>
    </message>
    <message>
        <source>Feed %1: subject column %2 is not a column.</source>
        <translation>Feed %1: subject column %2 is not a column.</translation>
    </message>
    <message>
        <source>Feed %1: "op" and "import_id" are reserved names.</source>
        <translation>Feed %1: "op" and "import_id" are reserved names.</translation>
    </message>
<message><source>%1: max_delete_percent must be between 0 and 100.</source><translation>%1: max_delete_percent must be between 0 and 100.</translation></message></context>
<context>
    <name>mianshen::catalog::FeedCatalog</name>
    <message>
        <source>The feed catalog folder %1 does not exist.</source>
        <translation>The feed catalog folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 describes feed %2: the file must be named after its feed.</source>
        <translation>%1 describes feed %2: the file must be named after its feed.</translation>
    </message>
    <message>
        <source>The feed catalog folder %1 holds no feeds.</source>
        <translation>The feed catalog folder %1 holds no feeds.</translation>
    </message>
<message><source>%1: max_change_percent must be between 0 and 100.</source><translation>%1: max_change_percent must be between 0 and 100.</translation></message></context>
<context>
    <name>mianshen::cli</name>
    <message>
        <source>policy publish: name at least one policy file.</source>
        <translation>policy publish: name at least one policy file.</translation>
    </message>
    <message>
        <source>policy list takes no arguments.</source>
        <translation>policy list takes no arguments.</translation>
    </message>
    <message>
        <source>policy withdraw: give CODE VERSION.</source>
        <translation>policy withdraw: give CODE VERSION.</translation>
    </message>
    <message>
        <source>%1: unchanged, already published as %2 version %3.</source>
        <translation>%1: unchanged, already published as %2 version %3.</translation>
    </message>
    <message>
        <source>%1: published %2 version %3 (%4 embedded tests passed).</source>
        <translation>%1: published %2 version %3 (%4 embedded tests passed).</translation>
    </message>
    <message>
        <source>Withdrawn: %1 version %2.</source>
        <translation>Withdrawn: %1 version %2.</translation>
    </message>
    <message>
        <source>code	version	status	kind	schedule	effective	published	title</source>
        <translation>code	version	status	kind	schedule	effective	published	title</translation>
    </message>
    <message>
        <source>No policy has been published yet. Publish one with: mianshen --db %1 policy publish FILE</source>
        <translation>No policy has been published yet. Publish one with: mianshen --db %1 policy publish FILE</translation>
    </message>
    <message>
        <source>What-if preview of %1 (%2) for %3; nothing was written.</source>
        <translation>What-if preview of %1 (%2) for %3; nothing was written.</translation>
    </message>
    <message>
        <source>published v%1</source>
        <translation>published v%1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>file (version %1)</source>
        <translation>file (version %1)</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>in effect</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>qualifying</source>
        <translation>qualifying</translation>
    </message>
    <message>
        <source>  approved</source>
        <translation>  approved</translation>
    </message>
    <message>
        <source>  for review</source>
        <translation>  for review</translation>
    </message>
    <message>
        <source>  over budget</source>
        <translation>  over budget</translation>
    </message>
    <message>
        <source>ineligible</source>
        <translation>ineligible</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>evaluated</translation>
    </message>
    <message>
        <source>total (yuan)</source>
        <translation>total (yuan)</translation>
    </message>
    <message>
        <source>budget (yuan)</source>
        <translation>budget (yuan)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>spent before (yuan)</source>
        <translation>spent before (yuan)</translation>
    </message>
    <message>
        <source>stacking partners</source>
        <translation>stacking partners</translation>
    </message>
    <message>
        <source>Differences: %1 newly qualifying, %2 no longer qualifying, %3 changed.</source>
        <translation>Differences: %1 newly qualifying, %2 no longer qualifying, %3 changed.</translation>
    </message>
    <message>
        <source>change	subject_id	before	after	flags before	flags after</source>
        <translation>change	subject_id	before	after	flags before	flags after</translation>
    </message>
    <message>
        <source>... and %1 more (the first %2 by subject id are shown).</source>
        <translation>... and %1 more (the first %2 by subject id are shown).</translation>
    </message>
    <message>
        <source>policy preview: give one policy FILE and --period YYYY-MM.</source>
        <translation>policy preview: give one policy FILE and --period YYYY-MM.</translation>
    </message>
    <message>
        <source>policy preview: the period must be a month written YYYY-MM, not "%1".</source>
        <translation>policy preview: the period must be a month written YYYY-MM, not "%1".</translation>
    </message>
    <message>
        <source>policy %1 takes no --period.</source>
        <translation>policy %1 takes no --period.</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Without a command the window opens (on --db, or on the database used last).</source>
        <translation>Without a command the window opens (on --db, or on the database used last).</translation>
    </message>
    <message>
        <source>"mianshen COMMAND --help" shows the options of a command.</source>
        <translation>"mianshen COMMAND --help" shows the options of a command.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</translation>
    </message>
    <message>
        <source>Mianshen (免申即享): subsidies without applying. Imports the departments' data feeds, matches the published policies against every person and enterprise, and pays.</source>
        <translation>Mianshen (免申即享): subsidies without applying. Imports the departments' data feeds, matches the published policies against every person and enterprise, and pays.</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>The database: a SQLite file, or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>path-or-url</translation>
    </message>
    <message>
        <source>What to do (see Commands below).</source>
        <translation>What to do (see Commands below).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[command]</translation>
    </message>
    <message>
        <source>The command's own arguments.</source>
        <translation>The command's own arguments.</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[arguments...]</translation>
    </message>
    <message>
        <source>"mianshen --help" lists the options and commands.</source>
        <translation>"mianshen --help" lists the options and commands.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command "%1". "mianshen --help" lists the commands.</source>
        <translation>Unknown command "%1". "mianshen --help" lists the commands.</translation>
    </message>
    <message>
        <source>The command "%1" needs a database: mianshen --db PATH_OR_URL %1 ...</source>
        <translation>The command "%1" needs a database: mianshen --db PATH_OR_URL %1 ...</translation>
    </message>
    <message>
        <source>The language of the commands' messages: zh or en (default: the system's).</source>
        <translation>The language of the commands' messages: zh or en (default: the system's).</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>--lang must be zh or en, not "%1".</source>
        <translation>--lang must be zh or en, not "%1".</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::DecisionsCommand</name>
    <message>
        <source>Write a period's award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</source>
        <translation>Write a period's award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>The month (YYYY-MM).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Write to this file (default: standard output).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>decisions: give --period YYYY-MM (and no other arguments).</source>
        <translation>decisions: give --period YYYY-MM (and no other arguments).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
<message><source>decisions: no completed run for %1; run `mianshen match --period %1` first.</source><translation>decisions: no completed run for %1; run `mianshen match --period %1` first.</translation></message></context>
<context>
    <name>mianshen::cli::DemoDataCommand</name>
    <message>
        <source>Write a synthetic development zone (all feeds and payment history) as CSV files.</source>
        <translation>Write a synthetic development zone (all feeds and payment history) as CSV files.</translation>
    </message>
    <message>
        <source>Number of persons (default 2000).</source>
        <translation>Number of persons (default 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of enterprises (default 200).</source>
        <translation>Number of enterprises (default 200).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same files (default 1).</source>
        <translation>Random seed: the same seed gives the same files (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Folder to write the files into (created if needed).</source>
        <translation>Folder to write the files into (created if needed).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>demo-data takes no positional arguments (got: %1).</source>
        <translation>demo-data takes no positional arguments (got: %1).</translation>
    </message>
    <message>
        <source>Missing --out DIR: the folder to write the files into.</source>
        <translation>Missing --out DIR: the folder to write the files into.</translation>
    </message>
    <message>
        <source>--persons must be a positive whole number (got: %1).</source>
        <translation>--persons must be a positive whole number (got: %1).</translation>
    </message>
    <message>
        <source>--enterprises must be a positive whole number (got: %1).</source>
        <translation>--enterprises must be a positive whole number (got: %1).</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615 (got: %1).</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615 (got: %1).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rows</translation>
    </message>
    <message>
        <source>%1 rows in %2 files, %3 s (%4 rows/s)</source>
        <translation>%1 rows in %2 files, %3 s (%4 rows/s)</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::ImportCommand</name>
    <message>
        <source>Import feed files (CSV deliveries); each file whole or not at all.</source>
        <translation>Import feed files (CSV deliveries); each file whole or not at all.</translation>
    </message>
    <message>
        <source>Write the problems of every file to this CSV file instead of stderr.</source>
        <translation>Write the problems of every file to this CSV file instead of stderr.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Import the good rows and keep the bad ones in quarantine.</source>
        <translation>Import the good rows and keep the bad ones in quarantine.</translation>
    </message>
    <message>
        <source>Who imports (for the import history).</source>
        <translation>Who imports (for the import history).</translation>
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
        <translation>Feed files, named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>import needs at least one file.</source>
        <translation>import needs at least one file.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message>
        <source> (%1 listed)</source>
        <translation> (%1 listed)</translation>
    </message>
    <message>
        <source>%1: %2 warnings in all; --report FILE.csv lists them.</source>
        <translation>%1: %2 warnings in all; --report FILE.csv lists them.</translation>
    </message>
<message><source>Apply a full snapshot even if it deletes more of a feed's rows than the feed allows (default 20%); without it such a delivery is held and nothing is applied.</source><translation>Apply a full snapshot even if it deletes more of a feed's rows than the feed allows (default 20%); without it such a delivery is held and nothing is applied.</translation></message></context>
<context>
    <name>mianshen::cli::InfoCommand</name>
    <message>
        <source>Show the database, its schema version and the number of rows in every table.</source>
        <translation>Show the database, its schema version and the number of rows in every table.</translation>
    </message>
    <message>
        <source>info takes no arguments (got: %1).</source>
        <translation>info takes no arguments (got: %1).</translation>
    </message>
    <message>
        <source>%1 is not a Mianshen database yet: it has no schema. Set it up with: mianshen --db %2 migrate</source>
        <translation>%1 is not a Mianshen database yet: it has no schema. Set it up with: mianshen --db %2 migrate</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Kind:            %1</source>
        <translation>Kind:            %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Schema version:  %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Could not list the tables: %1</source>
        <translation>Could not list the tables: %1</translation>
    </message>
    <message>
        <source>Tables (rows):</source>
        <translation>Tables (rows):</translation>
    </message>
    <message>
        <source>Could not count the rows of %1: %2</source>
        <translation>Could not count the rows of %1: %2</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::MatchCommand</name>
    <message>
        <source>Match the published policies against every subject for a period and print the summary per policy.</source>
        <translation>Match the published policies against every subject for a period and print the summary per policy.</translation>
    </message>
    <message>
        <source>The month to decide (YYYY-MM).</source>
        <translation>The month to decide (YYYY-MM).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this policy (repeatable).</source>
        <translation>Only this policy (repeatable).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Threads (default: every core).</source>
        <translation>Threads (default: every core).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run even when nothing changed.</source>
        <translation>Run even when nothing changed.</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>No progress lines.</translation>
    </message>
    <message>
        <source>match: give --period YYYY-MM (and no other arguments).</source>
        <translation>match: give --period YYYY-MM (and no other arguments).</translation>
    </message>
    <message>
        <source>match: --threads must be a positive number.</source>
        <translation>match: --threads must be a positive number.</translation>
    </message>
    <message>
        <source>evaluating: %1 of %2 (%3/s, %4 s left)</source>
        <translation>evaluating: %1 of %2 (%3/s, %4 s left)</translation>
    </message>
    <message>
        <source>Nothing changed since run %1 of %2: no new decisions.</source>
        <translation>Nothing changed since run %1 of %2: no new decisions.</translation>
    </message>
    <message>
        <source>Run %1 for %2 completed in %3 ms (load %4 ms, evaluate %5 ms, write %6 ms), %7 evaluations, %8 decisions written.</source>
        <translation>Run %1 for %2 completed in %3 ms (load %4 ms, evaluate %5 ms, write %6 ms), %7 evaluations, %8 decisions written.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Re-evaluated (inputs changed): %1. Unchanged (decisions kept): %2.</source>
        <translation>Re-evaluated (inputs changed): %1. Unchanged (decisions kept): %2.</translation>
    </message>
    <message>
        <source>policy	version	evaluated	approved	flagged	over_budget	ineligible	skipped	total	new	changed	no_longer	state</source>
        <translation>policy	version	evaluated	approved	flagged	over_budget	ineligible	skipped	total	new	changed	no_longer	state</translation>
    </message>
    <message>
        <source>re-evaluated</source>
        <translation>re-evaluated</translation>
    </message>
    <message>
        <source>unchanged (run %1)</source>
        <translation>unchanged (run %1)</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::MigrateCommand</name>
    <message>
        <source>Create the database's tables, or bring them up to this program's version.</source>
        <translation>Create the database's tables, or bring them up to this program's version.</translation>
    </message>
    <message>
        <source>migrate takes no arguments (got: %1).</source>
        <translation>migrate takes no arguments (got: %1).</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 is up to date (schema version %2).</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3.</source>
        <translation>%1 migrated from schema version %2 to %3.</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::PolicyCommand</name>
    <message>
        <source>Check policy files (policy check FILE...) or run their embedded tests (policy test FILE...).</source>
        <translation>Check policy files (policy check FILE...) or run their embedded tests (policy test FILE...).</translation>
    </message>
    <message>
        <source>Language of messages and explanations: zh or en (default: the system's).</source>
        <translation>Language of messages and explanations: zh or en (default: the system's).</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>test: print every test's explanation, not only the failures'.</source>
        <translation>test: print every test's explanation, not only the failures'.</translation>
    </message>
    <message>
        <source>check | test</source>
        <translation>check | test</translation>
    </message>
    <message>
        <source>Policy files (JSON).</source>
        <translation>Policy files (JSON).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>policy: say what to do: check or test.</source>
        <translation>policy: say what to do: check or test.</translation>
    </message>
    <message>
        <source>policy: unknown verb "%1" (expected check or test).</source>
        <translation>policy: unknown verb "%1" (expected check or test).</translation>
    </message>
    <message>
        <source>policy %1: name at least one policy file.</source>
        <translation>policy %1: name at least one policy file.</translation>
    </message>
    <message>
        <source>policy: --lang must be zh or en.</source>
        <translation>policy: --lang must be zh or en.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>the policy has errors; its tests did not run</source>
        <translation>the policy has errors; its tests did not run</translation>
    </message>
    <message>
        <source>the policy has no embedded tests</source>
        <translation>the policy has no embedded tests</translation>
    </message>
    <message>
        <source>preview: the month to preview, YYYY-MM.</source>
        <translation>preview: the month to preview, YYYY-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 passed, %2 failed</translation>
    </message>
<message><source>Check, test, publish, list, withdraw and preview policies.</source><translation>Check, test, publish, list, withdraw and preview policies.</translation></message><message><source>Policy files (JSON), or what the verb takes.</source><translation>Policy files (JSON), or what the verb takes.</translation></message><message><source>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)</source><translation>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)</translation></message><message><source>[ARGUMENTS...]</source><translation>[ARGUMENTS...]</translation></message><message><source>check | test | publish | list | withdraw | preview</source><translation>check | test | publish | list | withdraw | preview</translation></message><message><source>policy: say what to do: check, test, publish, list, withdraw or preview.</source><translation>policy: say what to do: check, test, publish, list, withdraw or preview.</translation></message><message><source>policy: unknown verb "%1" (expected check, test, publish, list, withdraw or preview).</source><translation>policy: unknown verb "%1" (expected check, test, publish, list, withdraw or preview).</translation></message><message><source>N</source><translation>N</translation></message><message><source>TEXT</source><translation>TEXT</translation></message><message><source>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)
  draft new CODE | version CODE | import FILE | export ID FILE | list | show ID
        | save ID FILE [--revision N] | submit ID [--comment TEXT]
        | send-back ID --comment TEXT | approve ID | discard ID
                                 policy drafts: write, submit, approve and publish (--db)</source><translation>Verbs:
  check FILE...                  structure, names, types and static checks (no database)
  test [-v] FILE...              run the embedded tests (no database)
  publish FILE...                check, test and publish as a new version (--db)
  list                           the published versions (--db)
  withdraw CODE VERSION          withdraw a published version (--db)
  preview FILE --period YYYY-MM  what-if: compare with the published version (--db)
  draft new CODE | version CODE | import FILE | export ID FILE | list | show ID
        | save ID FILE [--revision N] | submit ID [--comment TEXT]
        | send-back ID --comment TEXT | approve ID | discard ID
                                 policy drafts: write, submit, approve and publish (--db)</translation></message><message><source>draft save: the revision the file was made from (refused when stale).</source><translation>draft save: the revision the file was made from (refused when stale).</translation></message><message><source>draft submit / send-back: the comment.</source><translation>draft submit / send-back: the comment.</translation></message></context>
<context>
    <name>mianshen::cli::WhyCommand</name>
    <message>
        <source>Explain the decision for one subject, policy and period, awarded or not.</source>
        <translation>Explain the decision for one subject, policy and period, awarded or not.</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>The month (YYYY-MM).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The policy code.</source>
        <translation>The policy code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>zh or en (default: the system's).</source>
        <translation>zh or en (default: the system's).</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>ID number or credit code.</source>
        <translation>ID number or credit code.</translation>
    </message>
    <message>
        <source>SUBJECT_ID</source>
        <translation>SUBJECT_ID</translation>
    </message>
    <message>
        <source>why: give --period YYYY-MM --policy CODE SUBJECT_ID.</source>
        <translation>why: give --period YYYY-MM --policy CODE SUBJECT_ID.</translation>
    </message>
    <message>
        <source>why: --lang must be zh or en.</source>
        <translation>why: --lang must be zh or en.</translation>
    </message>
    <message>
        <source>已决定：%1，金额 %2，复核标记：%3（运行 %4）</source>
        <translation>已决定：%1，金额 %2，复核标记：%3（运行 %4）</translation>
    </message>
    <message>
        <source>Decided: %1, amount %2, flags: %3 (run %4)</source>
        <translation>Decided: %1, amount %2, flags: %3 (run %4)</translation>
    </message>
    <message>
        <source>该期间没有发放决定。</source>
        <translation>该期间没有发放决定。</translation>
    </message>
    <message>
        <source>No award was decided for this period.</source>
        <translation>No award was decided for this period.</translation>
    </message>
    <message>
        <source>不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。</source>
        <translation>不重复享受：该对象此前已享受同组（%1）的政策 %2，因此本政策不予发放。</translation>
    </message>
    <message>
        <source>Stacking group %1: the subject was already awarded %2 in an earlier period, which takes precedence; this policy is not awarded.</source>
        <translation>Stacking group %1: the subject was already awarded %2 in an earlier period, which takes precedence; this policy is not awarded.</translation>
    </message>
    <message>
        <source>不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。</source>
        <translation>不重复享受：符合条件，但同组（%1）的政策 %2 本期优先，因此本政策不予发放。</translation>
    </message>
    <message>
        <source>Stacking group %1: qualifies, but %2 takes precedence in this period; this policy is not awarded.</source>
        <translation>Stacking group %1: qualifies, but %2 takes precedence in this period; this policy is not awarded.</translation>
    </message>
<message><source>why: %1 is neither a valid resident id number (GB 11643: 17 digits, a real birth date and a check character) nor a valid unified social credit code (GB 32100: 18 characters and a check character).</source><translation>why: %1 is neither a valid resident id number (GB 11643: 17 digits, a real birth date and a check character) nor a valid unified social credit code (GB 32100: 18 characters and a check character).</translation></message></context>
<context>
    <name>mianshen::demo::CsvFileWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>mianshen::demo::DemoDataGenerator</name>
    <message>
        <source>The number of persons must be between 1 and %1.</source>
        <translation>The number of persons must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The number of enterprises must be between 1 and %1.</source>
        <translation>The number of enterprises must be between 1 and %1.</translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation>No output folder given.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>mianshen::feeds::CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1: a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 bytes.</source>
        <translation>Line %1: the record is longer than %2 bytes.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>Unexpected COPY row from %1</source>
        <translation>Unexpected COPY row from %1</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>Cannot size %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation>The database refused to commit: %1</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::DecisionWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The database refused to commit decisions: %1</source>
        <translation>The database refused to commit decisions: %1</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::Engine</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::FeedReader</name>
    <message>
        <source>A feed without a subject column cannot be read by subject.</source>
        <translation>A feed without a subject column cannot be read by subject.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::MatchingRun</name>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>The period must be a month written YYYY-MM, not "%1".</translation>
    </message>
    <message>
        <source>No published policy is in effect in %1.</source>
        <translation>No published policy is in effect in %1.</translation>
    </message>
    <message>
        <source>The run was cancelled; it left no decisions.</source>
        <translation>The run was cancelled; it left no decisions.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Policy %1 has no published version in effect in %2.</source>
        <translation>Policy %1 has no published version in effect in %2.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::PolicyPreview</name>
    <message>
        <source>%1: the file is too large for a policy.</source>
        <translation>%1: the file is too large for a policy.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be previewed: it has errors.
%2</source>
        <translation>%1 cannot be previewed: it has errors.
%2</translation>
    </message>
    <message>
        <source>No policy to preview.</source>
        <translation>No policy to preview.</translation>
    </message>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>The period must be a month written YYYY-MM, not "%1".</translation>
    </message>
    <message>
        <source>%1:%2:%3: test %4 failed: %5</source>
        <translation>%1:%2:%3: test %4 failed: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be previewed: %n embedded test(s) failed.</source>
        <translation>
            <numerusform>%1 cannot be previewed: %n embedded test failed.</numerusform>
            <numerusform>%1 cannot be previewed: %n embedded tests failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>The preview was cancelled.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::PolicyRepository</name>
    <message>
        <source>%1: the file is too large for a policy.</source>
        <translation>%1: the file is too large for a policy.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not published: it has errors.
%2</source>
        <translation>%1 is not published: it has errors.
%2</translation>
    </message>
    <message>
        <source>test %1 failed: %2</source>
        <translation>test %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not published: %n embedded test(s) failed.</source>
        <translation>
            <numerusform>%1 is not published: %n embedded test failed.</numerusform>
            <numerusform>%1 is not published: %n embedded tests failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The database refused to commit: %1</source>
        <translation>The database refused to commit: %1</translation>
    </message>
    <message>
        <source>%1 version %2 is not a published version.</source>
        <translation>%1 version %2 is not a published version.</translation>
    </message>
    <message>
        <source>There is no published policy %1 version %2.</source>
        <translation>There is no published policy %1 version %2.</translation>
    </message>
    <message>
        <source>No policy %1 has been published.</source>
        <translation>No policy %1 has been published.</translation>
    </message>
    <message>
        <source>Published policy %1 no longer loads:
%2</source>
        <translation>Published policy %1 no longer loads:
%2</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::RunRepository</name>
    <message>
        <source>The run was interrupted (the program stopped before it completed).</source>
        <translation>The run was interrupted (the program stopped before it completed).</translation>
    </message>
    <message>
        <source>Run %1 is %2, not running: it cannot be completed.</source>
        <translation>Run %1 is %2, not running: it cannot be completed.</translation>
    </message>
    <message>
        <source>Run %1 was no longer running when it was to complete.</source>
        <translation>Run %1 was no longer running when it was to complete.</translation>
    </message>
    <message>
        <source>There is no matching run %1.</source>
        <translation>There is no matching run %1.</translation>
    </message>
    <message>
        <source>A run for %1 is already in progress, started by %2 at %3 (run %4); wait for it to finish or cancel it.</source>
        <translation>A run for %1 is already in progress, started by %2 at %3 (run %4); wait for it to finish or cancel it.</translation>
    </message>
    <message>
        <source>A run for %1 is already in progress (another connection is starting it); wait for it to finish.</source>
        <translation>A run for %1 is already in progress (another connection is starting it); wait for it to finish.</translation>
    </message>
    <message>
        <source>The period must be a month written YYYY-MM, not "%1".</source>
        <translation>The period must be a month written YYYY-MM, not "%1".</translation>
    </message>
    <message>
        <source>Cannot open the run lock file %1: %2</source>
        <translation>Cannot open the run lock file %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock the run lock file %1: %2</source>
        <translation>Cannot lock the run lock file %1: %2</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::SnapshotLoader</name>
    <message>
        <source>The policies use an unknown feed %1.</source>
        <translation>The policies use an unknown feed %1.</translation>
    </message>
    <message>
        <source>The policies use an unknown column %1.%2.</source>
        <translation>The policies use an unknown column %1.%2.</translation>
    </message>
</context>
<context>
    <name>mianshen::matching::Sql</name>
    <message>
        <source>read the decisions</source>
        <translation>read the decisions</translation>
    </message>
    <message>
        <source>read the run's changes</source>
        <translation>read the run's changes</translation>
    </message>
    <message>
        <source>read the awards</source>
        <translation>read the awards</translation>
    </message>
    <message>
        <source>read the payment history</source>
        <translation>read the payment history</translation>
    </message>
    <message>
        <source>prepare the writing of decisions</source>
        <translation>prepare the writing of decisions</translation>
    </message>
    <message>
        <source>write the decisions</source>
        <translation>write the decisions</translation>
    </message>
    <message>
        <source>read the import history</source>
        <translation>read the import history</translation>
    </message>
    <message>
        <source>read the earlier decisions</source>
        <translation>read the earlier decisions</translation>
    </message>
    <message>
        <source>find the published version</source>
        <translation>find the published version</translation>
    </message>
    <message>
        <source>number the next policy version</source>
        <translation>number the next policy version</translation>
    </message>
    <message>
        <source>publish the policy</source>
        <translation>publish the policy</translation>
    </message>
    <message>
        <source>withdraw the policy</source>
        <translation>withdraw the policy</translation>
    </message>
    <message>
        <source>list the policies</source>
        <translation>list the policies</translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation>read the policy</translation>
    </message>
    <message>
        <source>reserve the period for this run</source>
        <translation>reserve the period for this run</translation>
    </message>
    <message>
        <source>close the runs left running</source>
        <translation>close the runs left running</translation>
    </message>
    <message>
        <source>mark a run left running as failed</source>
        <translation>mark a run left running as failed</translation>
    </message>
    <message>
        <source>delete the decisions of a run left running</source>
        <translation>delete the decisions of a run left running</translation>
    </message>
    <message>
        <source>start the run</source>
        <translation>start the run</translation>
    </message>
    <message>
        <source>write the run's policy summaries</source>
        <translation>write the run's policy summaries</translation>
    </message>
    <message>
        <source>write the counts by failed condition</source>
        <translation>write the counts by failed condition</translation>
    </message>
    <message>
        <source>complete the run</source>
        <translation>complete the run</translation>
    </message>
    <message>
        <source>delete the decisions of the stopped run</source>
        <translation>delete the decisions of the stopped run</translation>
    </message>
    <message>
        <source>stop the run</source>
        <translation>stop the run</translation>
    </message>
    <message>
        <source>read the run</source>
        <translation>read the run</translation>
    </message>
    <message>
        <source>read the latest completed run</source>
        <translation>read the latest completed run</translation>
    </message>
    <message>
        <source>list the runs</source>
        <translation>list the runs</translation>
    </message>
    <message>
        <source>read the policy summaries</source>
        <translation>read the policy summaries</translation>
    </message>
    <message>
        <source>read the policies' latest states</source>
        <translation>read the policies' latest states</translation>
    </message>
    <message>
        <source>read the counts by failed condition</source>
        <translation>read the counts by failed condition</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>The database could not %1: %2</translation>
    </message>
<message><source>read the latest month of data</source><translation>read the latest month of data</translation></message></context>
<context>
    <name>mianshen::rules::SnapshotBuilder</name>
    <message>
        <source>unknown feed "%1"</source>
        <translation>unknown feed "%1"</translation>
    </message>
    <message>
        <source>feed "%1" has no column "%2"</source>
        <translation>feed "%1" has no column "%2"</translation>
    </message>
    <message>
        <source>column "%1" (%2): "%3" is not a valid value: %4</source>
        <translation>column "%1" (%2): "%3" is not a valid value: %4</translation>
    </message>
    <message>
        <source>the column is required</source>
        <translation>the column is required</translation>
    </message>
    <message>
        <source>expected 1/0, true/false or 是/否</source>
        <translation>expected 1/0, true/false or 是/否</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>expected yuan with at most two decimals</source>
        <translation>expected yuan with at most two decimals</translation>
    </message>
    <message>
        <source>expected a decimal with at most two places</source>
        <translation>expected a decimal with at most two places</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a month YYYY-MM</source>
        <translation>expected a month YYYY-MM</translation>
    </message>
</context>
<context>
    <name>mianshen::store::ConnectionSpec</name>
    <message>
        <source>No database given: name a SQLite file or a postgresql:// address.</source>
        <translation>No database given: name a SQLite file or a postgresql:// address.</translation>
    </message>
    <message>
        <source>"%1" is neither a file path nor a postgresql:// address.</source>
        <translation>"%1" is neither a file path nor a postgresql:// address.</translation>
    </message>
    <message>
        <source>The address "%1" is not valid: %2</source>
        <translation>The address "%1" is not valid: %2</translation>
    </message>
    <message>
        <source>Unknown SSL mode "%1" (use one of: %2).</source>
        <translation>Unknown SSL mode "%1" (use one of: %2).</translation>
    </message>
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation>The port "%1" is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Unknown setting "%1" in the address (known: sslmode, host, port, user, password, dbname).</source>
        <translation>Unknown setting "%1" in the address (known: sslmode, host, port, user, password, dbname).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>mianshen::store::Database</name>
    <message>
        <source>The user name or password is wrong: the server %1 did not accept user "%2" with this password.</source>
        <translation>The user name or password is wrong: the server %1 did not accept user "%2" with this password.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for user "%2": enter the password.</source>
        <translation>The server %1 asks for a password for user "%2": enter the password.</translation>
    </message>
    <message>
        <source>There is no user "%1" on the server %2: check the user name.</source>
        <translation>There is no user "%1" on the server %2: check the user name.</translation>
    </message>
    <message>
        <source>There is no database "%1" on the server %2: check the database name, or ask the administrator to create it.</source>
        <translation>There is no database "%1" on the server %2: check the database name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted (SSL) connections, but the SSL mode "%2" requires one: ask the administrator, or choose another SSL mode.</source>
        <translation>The server %1 does not offer encrypted (SSL) connections, but the SSL mode "%2" requires one: ask the administrator, or choose another SSL mode.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: set the SSL mode to "require".</source>
        <translation>The server %1 accepts only encrypted connections: set the SSL mode to "require".</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for user "%2" and database "%3": ask the administrator to allow it.</source>
        <translation>The server %1 does not accept connections from this computer for user "%2" and database "%3": ask the administrator to allow it.</translation>
    </message>
    <message>
        <source>The server name "%1" is not known: check its spelling and the network.</source>
        <translation>The server name "%1" is not known: check its spelling and the network.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: it cannot be reached. Check the address, the network and the firewall.</source>
        <translation>The server %1 did not answer within %2 seconds: it cannot be reached. Check the address, the network and the firewall.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: nothing answers there. Check the server name and port, and that the database server is running.</source>
        <translation>The server %1 cannot be reached: nothing answers there. Check the server name and port, and that the database server is running.</translation>
    </message>
    <message>
        <source>The server %1 is busy: it has no free connections left. Try again later or ask the administrator.</source>
        <translation>The server %1 is busy: it has no free connections left. Try again later or ask the administrator.</translation>
    </message>
    <message>
        <source>The server %1 is starting or stopping: try again in a minute.</source>
        <translation>The server %1 is starting or stopping: try again in a minute.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the server name and port, the network, and that the database server is running.</source>
        <translation>The server %1 cannot be reached. Check the server name and port, the network, and that the database server is running.</translation>
    </message>
    <message>
        <source>Could not connect to the database "%1" on the server %2.</source>
        <translation>Could not connect to the database "%1" on the server %2.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>No database file given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database file cannot be created there.</source>
        <translation>The folder %1 does not exist, so the database file cannot be created there.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be written to: check its permissions.</source>
        <translation>The database file %1 cannot be written to: check its permissions.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: the folder is not writable.</source>
        <translation>The database file %1 cannot be created: the folder is not writable.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>The database file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation>%1 is not a SQLite database, or it is damaged (%2).</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode is "%2"). Keep the file on a local disk.</source>
        <translation>The database file %1 cannot use write-ahead logging (journal mode is "%2"). Keep the file on a local disk.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be set up (%2): %3</source>
        <translation>The database file %1 cannot be set up (%2): %3</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Connected to %1, but could not set up the session: %2</source>
        <translation>Connected to %1, but could not set up the session: %2</translation>
    </message>
    <message>
        <source>The database rolled the transaction back; nothing was saved.</source>
        <translation>The database rolled the transaction back; nothing was saved.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>mianshen::store::Migrator</name>
    <message>
        <source>The migration file name "%1" is not of the form NNNN_name.sql.</source>
        <translation>The migration file name "%1" is not of the form NNNN_name.sql.</translation>
    </message>
    <message>
        <source>Two migrations have the number %1: %2 and %3.</source>
        <translation>Two migrations have the number %1: %2 and %3.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation>The database %1 has schema version %2, newer than this program knows (%3). It was changed by a newer Mianshen: use that version; this one will not touch it.</translation>
    </message>
    <message>
        <source>Migration %1 uses the unknown token %2.</source>
        <translation>Migration %1 uses the unknown token %2.</translation>
    </message>
    <message>
        <source>The program's migrations are broken: %1</source>
        <translation>The program's migrations are broken: %1</translation>
    </message>
    <message>
        <source>The database %1 has migration %2, which this program does not know. It was changed by a newer Mianshen: use that version; this one will not touch it.</source>
        <translation>The database %1 has migration %2, which this program does not know. It was changed by a newer Mianshen: use that version; this one will not touch it.</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>Could not start migration %1: %2</translation>
    </message>
    <message>
        <source>Nothing of migration %1 was kept; the database stays at version %2.</source>
        <translation>Nothing of migration %1 was kept; the database stays at version %2.</translation>
    </message>
    <message>
        <source>Could not lock the database for migrating: %1</source>
        <translation>Could not lock the database for migrating: %1</translation>
    </message>
    <message>
        <source>Could not create the schema version table: %1</source>
        <translation>Could not create the schema version table: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Could not read the schema version: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2 (%3): %4</source>
        <translation>Migration %1 failed at statement %2 (%3): %4</translation>
    </message>
    <message>
        <source>Could not record migration %1: %2</source>
        <translation>Could not record migration %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 was not saved: %2 The database stays at version %3.</source>
        <translation>Migration %1 was not saved: %2 The database stays at version %3.</translation>
    </message>
    <message>
        <source>The database %1 is not set up for Mianshen yet (no schema). Set it up with: mianshen --db %2 migrate</source>
        <translation>The database %1 is not set up for Mianshen yet (no schema). Set it up with: mianshen --db %2 migrate</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 has schema version %2 and needs updating to %3 (%n step(s) missing). Update it with: mianshen --db %4 migrate</source>
        <translation>
            <numerusform>The database %1 has schema version %2 and needs updating to %3 (%n step missing). Update it with: mianshen --db %4 migrate</numerusform>
            <numerusform>The database %1 has schema version %2 and needs updating to %3 (%n steps missing). Update it with: mianshen --db %4 migrate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mianshen::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>Every change to policies, decisions and payments is recorded here with who made it, when and why. Entries cannot be changed or deleted.</source>
        <translation>Every change to policies, decisions and payments is recorded here with who made it, when and why. Entries cannot be changed or deleted.</translation>
    </message>
<message numerus="yes"><source>%n row(s)</source><translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation></message><message><source>Cancel</source><translation>Cancel</translation></message><message><source>Clear</source><translation>Clear</translation></message><message><source>Counting…</source><translation>Counting…</translation></message><message><source>Entity:</source><translation>Entity:</translation></message><message><source>Filter</source><translation>Filter</translation></message><message><source>From</source><translation>From</translation></message><message><source>No database is open.</source><translation>No database is open.</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>Open a SQLite database or connect to a PostgreSQL server from the File menu.</translation></message><message><source>Recompute every row's hash and name the first row that was changed, deleted or inserted (%1)</source><translation>Recompute every row's hash and name the first row that was changed, deleted or inserted (%1)</translation></message><message><source>Verify the chain</source><translation>Verify the chain</translation></message><message><source>Verifying the chain…</source><translation>Verifying the chain…</translation></message><message><source>Verifying the chain… %1 rows checked</source><translation>Verifying the chain… %1 rows checked</translation></message><message><source>What:</source><translation>What:</translation></message><message><source>Who:</source><translation>Who:</translation></message><message><source>any</source><translation>any</translation></message><message><source>any action</source><translation>any action</translation></message><message><source>id</source><translation>id</translation></message><message><source>login</source><translation>login</translation></message><message><source>to</source><translation>to</translation></message><message><source>Verifying the chain… %Ln row(s) checked</source><translation>Verifying the chain… %Ln row(s) checked</translation></message></context>
<context>
    <name>mianshen::ui::ConnectDialog</name>
    <message>
        <source>Connect to a PostgreSQL Server</source>
        <translation>Connect to a PostgreSQL Server</translation>
    </message>
    <message>
        <source>URL (optional):</source>
        <translation>URL (optional):</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>A URL fills in the fields below; the password may be typed separately.</source>
        <translation>A URL fills in the fields below; the password may be typed separately.</translation>
    </message>
    <message>
        <source>This is not a postgresql:// URL.</source>
        <translation>This is not a postgresql:// URL.</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
<message><source>Connecting to %1:%2…</source><translation>Connecting to %1:%2…</translation></message></context>
<context>
    <name>mianshen::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Open a SQLite database (Ctrl+O) or connect to a PostgreSQL server from the File menu.</source>
        <translation>Open a SQLite database (Ctrl+O) or connect to a PostgreSQL server from the File menu.</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Feeds with data</source>
        <translation>Feeds with data</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Published policies</source>
        <translation>Published policies</translation>
    </message>
    <message>
        <source>Completed matching runs</source>
        <translation>Completed matching runs</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>of %1 feeds</source>
        <translation>of %1 feeds</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>last: %1</translation>
    </message>
    <message>
        <source>latest period: %1</source>
        <translation>latest period: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>This database holds no feed data yet. Import the departments' CSV files on the Data page (Ctrl+2), or drop them onto this window.</source>
        <translation>This database holds no feed data yet. Import the departments' CSV files on the Data page (Ctrl+2), or drop them onto this window.</translation>
    </message>
<message><source>Overdue review cases</source><translation>Overdue review cases</translation></message></context>
<context>
    <name>mianshen::ui::DataPage</name>
    <message>
        <source>The feeds could not be read: %1</source>
        <translation>The feeds could not be read: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data feeds from the departments</source>
        <translation>Data feeds from the departments</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import CSV deliveries; you can also drop files onto the window.</source>
        <translation>Import CSV deliveries; you can also drop files onto the window.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Open an import in the history (double-click) to see the problems it found.</source>
        <translation>Open an import in the history (double-click) to see the problems it found.</translation>
    </message>
    <message>
        <source>Problems found by import no. %1</source>
        <translation>Problems found by import no. %1</translation>
    </message>
    <message>
        <source>Save the Problems as CSV</source>
        <translation>Save the Problems as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Choose Data Files to Import</source>
        <translation>Choose Data Files to Import</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <source>Open a database first: the files are imported into it.</source>
        <translation>Open a database first: the files are imported into it.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
<message numerus="yes"><source>%n delivery(ies) would delete more of a register than usual. A truncated or wrong file would wipe those rows. Import anyway?</source><translation><numerusform>%n deliveryy would delete more of a register than usual. A truncated or wrong file would wipe those rows. Import anyway?</numerusform><numerusform>%n deliveries would delete more of a register than usual. A truncated or wrong file would wipe those rows. Import anyway?</numerusform></translation></message><message><source>Confirm a large change</source><translation>Confirm a large change</translation></message><message><source>Writing %1…</source><translation>Writing %1…</translation></message><message numerus="yes"><source>%n delivery(ies) would delete or change more of a register than usual, or refer to far more subjects in no registry than the last delivery. A truncated or wrong file would wipe or rewrite those rows. Import anyway?</source><translation><numerusform>%n deliveryy would delete or change more of a register than usual, or refer to far more subjects in no registry than the last delivery. A truncated or wrong file would wipe or rewrite those rows. Import anyway?</numerusform><numerusform>%n deliveries would delete or change more of a register than usual, or refer to far more subjects in no registry than the last delivery. A truncated or wrong file would wipe or rewrite those rows. Import anyway?</numerusform></translation></message><message><source>Personal data stays masked</source><translation>Personal data stays masked</translation></message></context>
<context>
    <name>mianshen::ui::ImportPreviewDialog</name>
    <message>
        <source>Import Data Files</source>
        <translation>Import Data Files</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>not a feed: left out</source>
        <translation>not a feed: left out</translation>
    </message>
    <message>
        <source>A delivery is named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv, e.g. social_insurance_2021-09.csv.</source>
        <translation>A delivery is named &lt;feed&gt;.csv or &lt;feed&gt;_&lt;anything&gt;.csv, e.g. social_insurance_2021-09.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported, each as a whole or not at all. A file without an op column replaces all rows of its feed.</source>
        <translation>
            <numerusform>%n file will be imported, each as a whole or not at all. A file without an op column replaces all rows of its feed.</numerusform>
            <numerusform>%n files will be imported, each as a whole or not at all. A file without an op column replaces all rows of its feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported, each as a whole or not at all. Files whose name names no feed are left out.</source>
        <translation>
            <numerusform>%n file will be imported, each as a whole or not at all. Files whose name names no feed are left out.</numerusform>
            <numerusform>%n files will be imported, each as a whole or not at all. Files whose name names no feed are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Quarantine mode: import the good rows and keep the bad ones, with their reasons, for follow-up (instead of rejecting the whole file)</source>
        <translation>Quarantine mode: import the good rows and keep the bad ones, with their reasons, for follow-up (instead of rejecting the whole file)</translation>
    </message>
<message><source>%1 new, %2 changed, %3 deleted</source><translation>%1 new, %2 changed, %3 deleted</translation></message><message><source>%1; held for confirmation: %2</source><translation>%1; held for confirmation: %2</translation></message><message><source>Changes</source><translation>Changes</translation></message><message><source>already imported: nothing changes</source><translation>already imported: nothing changes</translation></message><message><source>counting…</source><translation>counting…</translation></message><message numerus="yes"><source>would be rejected: %n error(s)</source><translation><numerusform>would be rejected: %n error</numerusform><numerusform>would be rejected: %n errors</numerusform></translation></message></context>
<context>
    <name>mianshen::ui::ImportRunner</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)
%4 rows read, %5 rows per second</source>
        <translation>Importing %1 (file %2 of %3)
%4 rows read, %5 rows per second</translation>
    </message>
    <message>
        <source>Cancelling: the file being imported is rolled back…</source>
        <translation>Cancelling: the file being imported is rolled back…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (nothing of them imported)</source>
        <translation>
            <numerusform>%n rejected (nothing of them imported)</numerusform>
            <numerusform>%n rejected (nothing of them imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already imported before)</source>
        <translation>
            <numerusform>%n skipped (already imported before)</numerusform>
            <numerusform>%n skipped (already imported before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (nothing of them imported)</source>
        <translation>
            <numerusform>%n cancelled (nothing of them imported)</numerusform>
            <numerusform>%n cancelled (nothing of them imported)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows per second).</source>
        <translation>%1 rows in %2 s (%3 rows per second).</translation>
    </message>
<message numerus="yes"><source>%n held: a large change to confirm (nothing of them imported)</source><translation><numerusform>%n held: a large change to confirm (nothing of them imported)</numerusform><numerusform>%n held: a large change to confirm (nothing of them imported)</numerusform></translation></message><message><source>%Ln row(s) in %1 s (%2 rows per second).</source><translation>%Ln row(s) in %1 s (%2 rows per second).</translation></message><message><source>Importing %1 (file %2 of %3)
%Ln row(s) read, %4 rows per second</source><translation>Importing %1 (file %2 of %3)
%Ln row(s) read, %4 rows per second</translation></message></context>
<context>
    <name>mianshen::ui::MainWindow</name>
    <message>
        <source>Mianshen — %1</source>
        <translation>Mianshen — %1</translation>
    </message>
    <message>
        <source>Mianshen</source>
        <translation>Mianshen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open SQLite Database…</source>
        <translation>&amp;Open SQLite Database…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Connect to PostgreSQL…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Recent Databases</translation>
    </message>
    <message>
        <source>C&amp;lose Database</source>
        <translation>C&amp;lose Database</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mianshen</source>
        <translation>&amp;About Mianshen</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Create a new database?</source>
        <translation>Create a new database?</translation>
    </message>
    <message>
        <source>There is no database file at %1.

Create a new, empty database there?</source>
        <translation>There is no database file at %1.

Create a new, empty database there?</translation>
    </message>
    <message>
        <source>Cannot use this database</source>
        <translation>Cannot use this database</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>The database file %1 no longer exists. Remove it from the list?</source>
        <translation>The database file %1 no longer exists. Remove it from the list?</translation>
    </message>
    <message>
        <source>Open or Create a SQLite Database</source>
        <translation>Open or Create a SQLite Database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>About Mianshen</source>
        <translation>About Mianshen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments' data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments' data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open — use File ▸ Open SQLite Database or Connect to PostgreSQL.</source>
        <translation>No database open — use File ▸ Open SQLite Database or Connect to PostgreSQL.</translation>
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
        <translation>%1 database: %2</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schema version %1</translation>
    </message>
<message><source>&amp;Case</source><translation>&amp;Case</translation></message><message><source>Opening %1…</source><translation>Opening %1…</translation></message><message><source>Pa&amp;yment</source><translation>Pa&amp;yment</translation></message></context>
<context>
    <name>mianshen::ui::MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Matching runs</source>
        <translation>Matching runs</translation>
    </message>
    <message>
        <source>No matching run yet.</source>
        <translation>No matching run yet.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>The month to decide, as YYYY-MM</source>
        <translation>The month to decide, as YYYY-MM</translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>Policies:</translation>
    </message>
    <message>
        <source>Tick the policies to run; none ticked runs every published policy in effect.</source>
        <translation>Tick the policies to run; none ticked runs every published policy in effect.</translation>
    </message>
    <message>
        <source>Run even if nothing changed</source>
        <translation>Run even if nothing changed</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run history (click a run to see its results)</source>
        <translation>Run history (click a run to see its results)</translation>
    </message>
    <message>
        <source>A run checks every published policy against every person and enterprise for one month. Publish policies on the Policies page, choose the period and press Run.</source>
        <translation>A run checks every published policy against every person and enterprise for one month. Publish policies on the Policies page, choose the period and press Run.</translation>
    </message>
    <message>
        <source>Summary per policy</source>
        <translation>Summary per policy</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Click a decision to read how it was reached.</source>
        <translation>Click a decision to read how it was reached.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Write the period as YYYY-MM, for example 2021-09.</source>
        <translation>Write the period as YYYY-MM, for example 2021-09.</translation>
    </message>
    <message>
        <source>The run did not complete: %1</source>
        <translation>The run did not complete: %1</translation>
    </message>
    <message>
        <source>Nothing changed since run no. %1 for %2: no new run was needed.</source>
        <translation>Nothing changed since run no. %1 for %2: no new run was needed.</translation>
    </message>
    <message>
        <source>Run no. %1 for %2: %3 approved, %4 for review, %5 over budget; total %6; %7 s.</source>
        <translation>Run no. %1 for %2: %3 approved, %4 for review, %5 over budget; total %6; %7 s.</translation>
    </message>
    <message>
        <source>&amp;What-if preview…</source>
        <translation>&amp;What-if preview…</translation>
    </message>
    <message>
        <source>How many subjects a policy file that is not published would qualify, and at what cost, next to the published version. Writes nothing.</source>
        <translation>How many subjects a policy file that is not published would qualify, and at what cost, next to the published version. Writes nothing.</translation>
    </message>
<message><source>The published policies could not be read: %1</source><translation>The published policies could not be read: %1</translation></message><message><source>The month to propose could not be read: %1</source><translation>The month to propose could not be read: %1</translation></message></context>
<context>
    <name>mianshen::ui::MatchingRunner</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading the data for %1…</source>
        <translation>Reading the data for %1…</translation>
    </message>
    <message>
        <source>Checking the policies: %1 of %2 evaluations, %3 per second</source>
        <translation>Checking the policies: %1 of %2 evaluations, %3 per second</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the decisions…</source>
        <translation>Writing the decisions…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>Cancelling: the run is rolled back…</source>
        <translation>Cancelling: the run is rolled back…</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>Payments are made from approved awards; each award is paid once. They appear here when the first payment batch is prepared.</source>
        <translation>Payments are made from approved awards; each award is paid once. They appear here when the first payment batch is prepared.</translation>
    </message>
<message numerus="yes"><source> %n approved award(s) are held (no bank account, over budget or awaiting a corrected account).</source><translation><numerusform> %n approved award are held (no bank account, over budget or awaiting a corrected account).</numerusform><numerusform> %n approved awards are held (no bank account, over budget or awaiting a corrected account).</numerusform></translation></message><message numerus="yes"><source> (%n retried)</source><translation><numerusform> (%n retried)</numerusform><numerusform> (%n retried)</numerusform></translation></message><message><source> The batch is reconciled.</source><translation> The batch is reconciled.</translation></message><message numerus="yes"><source>%n failed payment(s) (%1) wait for a corrected bank account; none can be retried yet.</source><translation><numerusform>%n failed payment (%1) wait for a corrected bank account; none can be retried yet.</numerusform><numerusform>%n failed payments (%1) wait for a corrected bank account; none can be retried yet.</numerusform></translation></message><message numerus="yes"><source>%n new recovery order(s) proposed.</source><translation><numerusform>%n new recovery order proposed.</numerusform><numerusform>%n new recovery orders proposed.</numerusform></translation></message><message><source>&amp;Approve…</source><translation>&amp;Approve…</translation></message><message><source>&amp;Export for the Bank…</source><translation>&amp;Export for the Bank…</translation></message><message><source>&amp;Import Returns…</source><translation>&amp;Import Returns…</translation></message><message><source>&amp;New Batch…</source><translation>&amp;New Batch…</translation></message><message><source>&amp;Retry Failed…</source><translation>&amp;Retry Failed…</translation></message><message numerus="yes"><source>. It needs %n approval(s) by someone other than its creator.</source><translation><numerusform>. It needs %n approval by someone other than its creator.</numerusform><numerusform>. It needs %n approvals by someone other than its creator.</numerusform></translation></message><message><source>A write-off needs a note saying why the money is not recovered.</source><translation>A write-off needs a note saying why the money is not recovered.</translation></message><message><source>Another step is still running.</source><translation>Another step is still running.</translation></message><message><source>Apply %1 to %2?

Each payment it names becomes paid or failed; this cannot be undone. A file with any defect is refused whole and changes nothing.</source><translation>Apply %1 to %2?

Each payment it names becomes paid or failed; this cannot be undone. A file with any defect is refused whole and changes nothing.</translation></message><message><source>Apply the Bank's Return File</source><translation>Apply the Bank's Return File</translation></message><message><source>Apply the bank's return file to the selected sent batch.</source><translation>Apply the bank's return file to the selected sent batch.</translation></message><message><source>Applying the return file %1…</source><translation>Applying the return file %1…</translation></message><message><source>Approve %1?

Once approved (by the approvers it needs) the batch can be exported for the bank.</source><translation>Approve %1?

Once approved (by the approvers it needs) the batch can be exported for the bank.</translation></message><message><source>Approve the Batch</source><translation>Approve the Batch</translation></message><message><source>Approve the selected batch (someone other than its creator).</source><translation>Approve the selected batch (someone other than its creator).</translation></message><message><source>Approving batch %1…</source><translation>Approving batch %1…</translation></message><message><source>Batch %1 approved: it can be exported for the bank.</source><translation>Batch %1 approved: it can be exported for the bank.</translation></message><message><source>Batch %1 exported to %2 (checksum %3…).</source><translation>Batch %1 exported to %2 (checksum %3…).</translation></message><message numerus="yes"><source>Batch %1 for %2 created: %n payment(s), %3 in total</source><translation><numerusform>Batch %1 for %2 created: %n payment, %3 in total</numerusform><numerusform>Batch %1 for %2 created: %n payments, %3 in total</numerusform></translation></message><message><source>Batch %1 is %2: only a created batch can be approved.</source><translation>Batch %1 is %2: only a created batch can be approved.</translation></message><message><source>Batch %1 is sent: apply the bank's return file when it arrives.</source><translation>Batch %1 is sent: apply the bank's return file when it arrives.</translation></message><message><source>Budgets</source><translation>Budgets</translation></message><message><source>CSV files (*.csv)</source><translation>CSV files (*.csv)</translation></message><message><source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source><translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation></message><message><source>Cancelled before it started: nothing was changed.</source><translation>Cancelled before it started: nothing was changed.</translation></message><message><source>Cancelled: nothing was changed.</source><translation>Cancelled: nothing was changed.</translation></message><message><source>Choose a batch above to see its payments.</source><translation>Choose a batch above to see its payments.</translation></message><message><source>Choose the Bank's Return File</source><translation>Choose the Bank's Return File</translation></message><message><source>Confirm recovery order %1: %2 from %3 (%4, %5) because of %6?

A confirmed order is then settled or written off.</source><translation>Confirm recovery order %1: %2 from %3 (%4, %5) because of %6?

A confirmed order is then settled or written off.</translation></message><message><source>Confirm the Recovery Order</source><translation>Confirm the Recovery Order</translation></message><message><source>Confirming recovery order %1…</source><translation>Confirming recovery order %1…</translation></message><message><source>Create a Payment Batch</source><translation>Create a Payment Batch</translation></message><message><source>Create the month's payment batch from the approved awards not yet paid.</source><translation>Create the month's payment batch from the approved awards not yet paid.</translation></message><message><source>Create the payment batch for %1 from every approved award up to that month not yet paid?

A batch is never deleted; it is paid only after someone other than you approves it.</source><translation>Create the payment batch for %1 from every approved award up to that month not yet paid?

A batch is never deleted; it is paid only after someone other than you approves it.</translation></message><message><source>Creating the follow-up batch for %1…</source><translation>Creating the follow-up batch for %1…</translation></message><message><source>Creating the payment batch for %1…</source><translation>Creating the payment batch for %1…</translation></message><message><source>Export %1 to %2?

The batch becomes exported: it can no longer be changed, only sent to the bank.</source><translation>Export %1 to %2?

The batch becomes exported: it can no longer be changed, only sent to the bank.</translation></message><message><source>Export the Batch</source><translation>Export the Batch</translation></message><message><source>Export the Batch for the Bank</source><translation>Export the Batch for the Bank</translation></message><message><source>First approval of batch %1 given: its total needs a second, different approver.</source><translation>First approval of batch %1 given: its total needs a second, different approver.</translation></message><message><source>Looking for paid payments to recover…</source><translation>Looking for paid payments to recover…</translation></message><message><source>Mark %1 as sent to the bank?

Do this once the file has gone to the bank; it cannot be undone.</source><translation>Mark %1 as sent to the bank?

Do this once the file has gone to the bank; it cannot be undone.</translation></message><message><source>Mark &amp;Sent…</source><translation>Mark &amp;Sent…</translation></message><message><source>Mark the Batch Sent</source><translation>Mark the Batch Sent</translation></message><message><source>Marking batch %1 sent…</source><translation>Marking batch %1 sent…</translation></message><message><source>No database is open.</source><translation>No database is open.</translation></message><message><source>No failed payment to retry.</source><translation>No failed payment to retry.</translation></message><message><source>No payment batches yet.</source><translation>No payment batches yet.</translation></message><message><source>Note (optional):</source><translation>Note (optional):</translation></message><message><source>Nothing to pay for %1: every approved award is paid or in a batch.</source><translation>Nothing to pay for %1: every approved award is paid or in a batch.</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>Open a SQLite database or connect to a PostgreSQL server from the File menu.</translation></message><message><source>Pay failed payments again to corrected accounts, in a new batch for the month.</source><translation>Pay failed payments again to corrected accounts, in a new batch for the month.</translation></message><message><source>Payments are made from approved awards; each award is paid once. Choose the month and create its batch (New Batch); it is paid after someone else approves it.</source><translation>Payments are made from approved awards; each award is paid once. Choose the month and create its batch (New Batch); it is paid after someone else approves it.</translation></message><message><source>Payments of batch %1</source><translation>Payments of batch %1</translation></message><message><source>Record recovery order %1 (%2) as settled: the money came back? This cannot be undone.</source><translation>Record recovery order %1 (%2) as settled: the money came back? This cannot be undone.</translation></message><message><source>Record that the selected batch's file went to the bank.</source><translation>Record that the selected batch's file went to the bank.</translation></message><message><source>Recording recovery order %1…</source><translation>Recording recovery order %1…</translation></message><message><source>Recoveries</source><translation>Recoveries</translation></message><message><source>Recovery Settled</source><translation>Recovery Settled</translation></message><message><source>Recovery order %1 confirmed.</source><translation>Recovery order %1 confirmed.</translation></message><message><source>Recovery order %1 settled.</source><translation>Recovery order %1 settled.</translation></message><message><source>Recovery order %1 written off.</source><translation>Recovery order %1 written off.</translation></message><message numerus="yes"><source>Retry %n failed payment(s) (%1 in total) to their corrected accounts in a new batch for %2?

Approved awards of the month not yet paid join the batch too.</source><translation><numerusform>Retry %n failed payment (%1 in total) to their corrected accounts in a new batch for %2?

Approved awards of the month not yet paid join the batch too.</numerusform><numerusform>Retry %n failed payments (%1 in total) to their corrected accounts in a new batch for %2?

Approved awards of the month not yet paid join the batch too.</numerusform></translation></message><message><source>Retry Failed Payments</source><translation>Retry Failed Payments</translation></message><message><source>Return file applied to batch %1: %2 paid (%3), %4 failed (%5).</source><translation>Return file applied to batch %1: %2 paid (%3), %4 failed (%5).</translation></message><message><source>The budgets and recoveries could not be read: %1</source><translation>The budgets and recoveries could not be read: %1</translation></message><message><source>The month to pay: a new batch pays the approved awards up to this month.</source><translation>The month to pay: a new batch pays the approved awards up to this month.</translation></message><message><source>Why is the money not recovered (required)?</source><translation>Why is the money not recovered (required)?</translation></message><message><source>Write Off the Recovery</source><translation>Write Off the Recovery</translation></message><message><source>Write off recovery order %1 (%2)? The money is not recovered; this cannot be undone.</source><translation>Write off recovery order %1 (%2)? The money is not recovered; this cannot be undone.</translation></message><message><source>Write the selected batch's bank file (CSV or .xlsx).</source><translation>Write the selected batch's bank file (CSV or .xlsx).</translation></message><message><source>Writing the bank file of batch %1…</source><translation>Writing the bank file of batch %1…</translation></message><message numerus="yes"><source>batch %1 for %2 (%n payment(s), %3 in total)</source><translation><numerusform>batch %1 for %2 (%n payment, %3 in total)</numerusform><numerusform>batch %1 for %2 (%n payments, %3 in total)</numerusform></translation></message><message><source>line %1: %2</source><translation>line %1: %2</translation></message><message><source>Public &amp;Notice…</source><translation>Public &amp;Notice…</translation></message><message><source>The public notice (公示) list of the selected batch: masked names and ids, amounts, objections; export as PDF or .xlsx.</source><translation>The public notice (公示) list of the selected batch: masked names and ids, amounts, objections; export as PDF or .xlsx.</translation></message><message><source>%1 is the return file of batch %2, not of the batch selected. Apply it to batch %2?</source><translation>%1 is the return file of batch %2, not of the batch selected. Apply it to batch %2?</translation></message><message numerus="yes"><source>%n fail (%1)</source><translation><numerusform>%n fail (%1)</numerusform><numerusform>%n fail (%1)</numerusform></translation></message><message numerus="yes"><source>%n payment(s) become paid (%1)</source><translation><numerusform>%n payment become paid (%1)</numerusform><numerusform>%n payments become paid (%1)</numerusform></translation></message><message><source>Apply %1 to %2?

%3 and %4; this cannot be undone.</source><translation>Apply %1 to %2?

%3 and %4; this cannot be undone.</translation></message><message><source>Checking the return file %1…</source><translation>Checking the return file %1…</translation></message><message><source>The return file %1 is valid.</source><translation>The return file %1 is valid.</translation></message><message><source>batch %1</source><translation>batch %1</translation></message></context>
<context>
    <name>mianshen::ui::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>&amp;Load Policy Files…</source>
        <translation>&amp;Load Policy Files…</translation>
    </message>
    <message>
        <source>Load policy files (JSON) to read them, see their check findings and run their tests.</source>
        <translation>Load policy files (JSON) to read them, see their check findings and run their tests.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Publish the selected policy file into the database: it is checked and its tests are run first.</source>
        <translation>Publish the selected policy file into the database: it is checked and its tests are run first.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the selected published version: later matching runs no longer use it.</source>
        <translation>Withdraw the selected published version: later matching runs no longer use it.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>File and check findings</source>
        <translation>File and check findings</translation>
    </message>
    <message>
        <source>Choose a policy in the list to read it.</source>
        <translation>Choose a policy in the list to read it.</translation>
    </message>
    <message>
        <source>This policy file cannot be used.</source>
        <translation>This policy file cannot be used.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n error(s); they are shown in the file, at the place they are about.</source>
        <translation>
            <numerusform>It has %n error; they are shown in the file, at the place they are about.</numerusform>
            <numerusform>It has %n errors; they are shown in the file, at the place they are about.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Policy Files</source>
        <translation>Load Policy Files</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Policy files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Already published</source>
        <translation>Already published</translation>
    </message>
    <message>
        <source>This text of %1 is already published as version %2; nothing was changed.</source>
        <translation>This text of %1 is already published as version %2; nothing was changed.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message numerus="yes">
        <source>%1 is published as version %2 (%n test(s) passed).</source>
        <translation>
            <numerusform>%1 is published as version %2 (%n test passed).</numerusform>
            <numerusform>%1 is published as version %2 (%n tests passed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw the policy?</source>
        <translation>Withdraw the policy?</translation>
    </message>
    <message>
        <source>Withdraw %1 version %2? Decisions already made keep it; later runs will not use it.</source>
        <translation>Withdraw %1 version %2? Decisions already made keep it; later runs will not use it.</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Not withdrawn</translation>
    </message>
<message><source>%1 to %2</source><translation>%1 to %2</translation></message><message><source>%1 version %2 is withdrawn.</source><translation>%1 version %2 is withdrawn.</translation></message><message numerus="yes"><source>%n test(s) of the file passed.</source><translation><numerusform>%n test of the file passed.</numerusform><numerusform>%n tests of the file passed.</numerusform></translation></message><message><source>Decisions already made are not changed.</source><translation>Decisions already made are not changed.</translation></message><message><source>In effect %1.</source><translation>In effect %1.</translation></message><message><source>It is the first published version of %1: the next matching runs apply it.</source><translation>It is the first published version of %1: the next matching runs apply it.</translation></message><message><source>It replaces version %1 (in effect %2): the next matching runs use the new text.</source><translation>It replaces version %1 (in effect %2): the next matching runs use the new text.</translation></message><message><source>Policies — the published versions could not be read: %1</source><translation>Policies — the published versions could not be read: %1</translation></message><message><source>Publish the policy?</source><translation>Publish the policy?</translation></message><message><source>This text is already published as version %1: nothing will change.</source><translation>This text is already published as version %1: nothing will change.</translation></message><message><source>line %1, column %2</source><translation>line %1, column %2</translation></message><message><source>open-ended</source><translation>open-ended</translation></message><message><source>the start</source><translation>the start</translation></message><message><source>the whole file</source><translation>the whole file</translation></message><message><source>&amp;Drafts…</source><translation>&amp;Drafts…</translation></message><message><source>&amp;New Policy…</source><translation>&amp;New Policy…</translation></message><message><source>Edit a new version of the selected published policy in the policy editor.</source><translation>Edit a new version of the selected published policy in the policy editor.</translation></message><message><source>New &amp;Version</source><translation>New &amp;Version</translation></message><message><source>Open a policy draft: continue editing it, or approve or send back a submitted one.</source><translation>Open a policy draft: continue editing it, or approve or send back a submitted one.</translation></message><message><source>Write a new policy in the policy editor (saved as a draft, published after approval).</source><translation>Write a new policy in the policy editor (saved as a draft, published after approval).</translation></message></context>
<context>
    <name>mianshen::ui::PolicyPreviewDialog</name>
    <message>
        <source>What-if preview of a policy file</source>
        <translation>What-if preview of a policy file</translation>
    </message>
    <message>
        <source>Check how many subjects a policy file that is not published would qualify, and at what cost, next to the published version in effect. Nothing is written.</source>
        <translation>Check how many subjects a policy file that is not published would qualify, and at what cost, next to the published version in effect. Nothing is written.</translation>
    </message>
    <message>
        <source>A policy file (JSON)</source>
        <translation>A policy file (JSON)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Policy &amp;file:</source>
        <translation>Policy &amp;file:</translation>
    </message>
    <message>
        <source>The month to preview, as YYYY-MM</source>
        <translation>The month to preview, as YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>Qualifying</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Approved automatically</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>For review</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>Skipped (schedule, stacking)</source>
        <translation>Skipped (schedule, stacking)</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Published version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>Amount now</translation>
    </message>
    <message>
        <source>With the file</source>
        <translation>With the file</translation>
    </message>
    <message>
        <source>Amount with the file</source>
        <translation>Amount with the file</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Flags now</source>
        <translation>Flags now</translation>
    </message>
    <message>
        <source>Flags with the file</source>
        <translation>Flags with the file</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose a policy file and the period, then press Preview.</source>
        <translation>Choose a policy file and the period, then press Preview.</translation>
    </message>
    <message>
        <source>Subjects whose award would differ appear here.</source>
        <translation>Subjects whose award would differ appear here.</translation>
    </message>
    <message>
        <source>Choose a Policy File to Preview</source>
        <translation>Choose a Policy File to Preview</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Policy files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the policy file to preview first.</source>
        <translation>Choose the policy file to preview first.</translation>
    </message>
    <message>
        <source>Write the period as YYYY-MM, for example 2021-09.</source>
        <translation>Write the period as YYYY-MM, for example 2021-09.</translation>
    </message>
    <message>
        <source>Reading the data for %1…</source>
        <translation>Reading the data for %1…</translation>
    </message>
    <message>
        <source>Evaluating both versions: %1 of %2 evaluations, %3 per second</source>
        <translation>Evaluating both versions: %1 of %2 evaluations, %3 per second</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>Preview of %1 (%2) for %3, %4 embedded test(s) passed; %5 subjects read in %6.%7 s. Nothing was written.</source>
        <translation>Preview of %1 (%2) for %3, %4 embedded test(s) passed; %5 subjects read in %6.%7 s. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 (file version %2)</source>
        <translation>%1 (file version %2)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Published version %1</source>
        <translation>Published version %1</translation>
    </message>
    <message>
        <source>%1 (%2 spent before)</source>
        <translation>%1 (%2 spent before)</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>This version is not in effect in %1.</source>
        <translation>This version is not in effect in %1.</translation>
    </message>
    <message>
        <source>Evaluated with the published policies of its stacking group: %1</source>
        <translation>Evaluated with the published policies of its stacking group: %1</translation>
    </message>
    <message>
        <source>With the file: %1 newly qualifying, %2 no longer qualifying, %3 with another amount or outcome.</source>
        <translation>With the file: %1 newly qualifying, %2 no longer qualifying, %3 with another amount or outcome.</translation>
    </message>
    <message>
        <source>The table shows the first %1 by subject id.</source>
        <translation>The table shows the first %1 by subject id.</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>not awarded</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>for review</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>newly qualifying</source>
        <translation>newly qualifying</translation>
    </message>
    <message>
        <source>no longer qualifying</source>
        <translation>no longer qualifying</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Cases for review</source>
        <translation>Cases for review</translation>
    </message>
    <message>
        <source>No cases are waiting for review.</source>
        <translation>No cases are waiting for review.</translation>
    </message>
    <message>
        <source>Cases appear here after a matching run flags them.</source>
        <translation>Cases appear here after a matching run flags them.</translation>
    </message>
<message><source>%1 %2</source><translation>%1 %2</translation></message><message><source>%1 You can read the case; deciding it is left to whoever holds it.</source><translation>%1 You can read the case; deciding it is left to whoever holds it.</translation></message><message numerus="yes"><source>%n case(s)</source><translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation></message><message numerus="yes"><source>%n case(s) of %1 released.</source><translation><numerusform>%n case of %1 released.</numerusform><numerusform>%n cases of %1 released.</numerusform></translation></message><message><source>A second opinion on case %1 is asked for.</source><translation>A second opinion on case %1 is asked for.</translation></message><message><source>Case %1 approved.</source><translation>Case %1 approved.</translation></message><message><source>Case %1 could not be read: %2
Check the connection, then refresh (F5).</source><translation>Case %1 could not be read: %2
Check the connection, then refresh (F5).</translation></message><message><source>Case %1 is now held by %2.</source><translation>Case %1 is now held by %2.</translation></message><message><source>Case %1 rejected.</source><translation>Case %1 rejected.</translation></message><message><source>Case %1 returned for correction of %2.%3.</source><translation>Case %1 returned for correction of %2.%3.</translation></message><message><source>Case %1 was not given to %2: %3</source><translation>Case %1 was not given to %2: %3</translation></message><message><source>Case %1: nothing was saved. %2</source><translation>Case %1: nothing was saved. %2</translation></message><message><source>Case %1: your approval is recorded; a second reviewer must approve it too.</source><translation>Case %1: your approval is recorded; a second reviewer must approve it too.</translation></message><message><source>Comment on case %1 saved.</source><translation>Comment on case %1 saved.</translation></message><message><source>Counting…</source><translation>Counting…</translation></message><message><source>Give case %1 to another reviewer…</source><translation>Give case %1 to another reviewer…</translation></message><message><source>Give the case to</source><translation>Give the case to</translation></message><message><source>No case left in the queue for these filters.</source><translation>No case left in the queue for these filters.</translation></message><message><source>No database is open.</source><translation>No database is open.</translation></message><message><source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source><translation>Open a SQLite database or connect to a PostgreSQL server from the File menu.</translation></message><message><source>Personal data of case %1 is shown; the reveal is recorded in the audit log.</source><translation>Personal data of case %1 is shown; the reveal is recorded in the audit log.</translation></message><message><source>Reading case %1…</source><translation>Reading case %1…</translation></message><message><source>Reading more cases…</source><translation>Reading more cases…</translation></message><message><source>Release cases</source><translation>Release cases</translation></message><message><source>Release every case %1 holds? They go back to the queue for anyone to take.</source><translation>Release every case %1 holds? They go back to the queue for anyone to take.</translation></message><message><source>Release every case held by %1</source><translation>Release every case held by %1</translation></message><message><source>The cases of %1 were not released: %2</source><translation>The cases of %1 were not released: %2</translation></message><message><source>The comment on case %1 was not saved: %2</source><translation>The comment on case %1 was not saved: %2</translation></message><message><source>The policies could not be read (%1): flags show by their ids.</source><translation>The policies could not be read (%1): flags show by their ids.</translation></message><message><source>The queue could not be read: %1 Check the connection, then refresh (F5).</source><translation>The queue could not be read: %1 Check the connection, then refresh (F5).</translation></message><message><source>The reviewer's user name:</source><translation>The reviewer's user name:</translation></message><message><source>This is the first case of the queue.</source><translation>This is the first case of the queue.</translation></message><message><source>This is the last case of the queue.</source><translation>This is the last case of the queue.</translation></message><message><source>You hold case %1 until %2; the hold is renewed while it is open.</source><translation>You hold case %1 until %2; the hold is renewed while it is open.</translation></message><message><source>Your decision on case %1 is undone; the case is open again.</source><translation>Your decision on case %1 is undone; the case is open again.</translation></message><message><source>Your decision on case %1 was not undone: %2</source><translation>Your decision on case %1 was not undone: %2</translation></message><message><source>Your hold on case %1 ended: %2 Open the case again to decide it.</source><translation>Your hold on case %1 ended: %2 Open the case again to decide it.</translation></message><message><source>by flag: %1</source><translation>by flag: %1</translation></message><message><source>by policy: %1</source><translation>by policy: %1</translation></message><message><source>reading…</source><translation>reading…</translation></message></context>
<context>
    <name>mianshen::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>A new language is applied at once to every window.</source>
        <translation>A new language is applied at once to every window.</translation>
    </message>
    <message>
        <source>Mask id and account numbers in tables by default</source>
        <translation>Mask id and account numbers in tables by default</translation>
    </message>
</context>
<context>
    <name>mianshen::ui::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Results per run and policy</source>
        <translation>Results per run and policy</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <source>Statistics are computed from completed matching runs: approved, flagged, over budget and ineligible subjects and the amounts per policy.</source>
        <translation>Statistics are computed from completed matching runs: approved, flagged, over budget and ineligible subjects and the amounts per policy.</translation>
    </message>
<message><source>%1 %2 to %3.png</source><translation>%1 %2 to %3.png</translation></message><message numerus="yes"><source>%1 to %2: %3 net disbursed in %n payment(s).</source><translation><numerusform>%1 to %2: %3 net disbursed in %n payment.</numerusform><numerusform>%1 to %2: %3 net disbursed in %n payments.</numerusform></translation></message><message numerus="yes"><source>%n policy(ies)</source><translation><numerusform>%n policyy</numerusform><numerusform>%n policies</numerusform></translation></message><message><source>All policies</source><translation>All policies</translation></message><message><source>Copy sentence</source><translation>Copy sentence</translation></message><message><source>Could not write %1.</source><translation>Could not write %1.</translation></message><message><source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source><translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation></message><message><source>Export chart…</source><translation>Export chart…</translation></message><message><source>Export table…</source><translation>Export table…</translation></message><message><source>Export the chart</source><translation>Export the chart</translation></message><message><source>Export the table</source><translation>Export the table</translation></message><message><source>First month</source><translation>First month</translation></message><message><source>Last month</source><translation>Last month</translation></message><message><source>No database is open.</source><translation>No database is open.</translation></message><message><source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source><translation>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</translation></message><message><source>Print… (%1)</source><translation>Print… (%1)</translation></message><message><source>Reading the figures…</source><translation>Reading the figures…</translation></message><message><source>Refresh</source><translation>Refresh</translation></message><message><source>The figures could not be read: %1</source><translation>The figures could not be read: %1</translation></message><message><source>Wrote %1.</source><translation>Wrote %1.</translation></message><message><source>statistics %1 to %2.xlsx</source><translation>statistics %1 to %2.xlsx</translation></message><message><source>Public notice…</source><translation>Public notice…</translation></message><message><source>The 公示 list of a policy's payments in the last month of the range, or of a payment batch: masked, exported as PDF or .xlsx, with the objections received</source><translation>The 公示 list of a policy's payments in the last month of the range, or of a payment batch: masked, exported as PDF or .xlsx, with the objections received</translation></message><message numerus="yes"><source>%n subject(s) paid.</source><translation><numerusform>%n subject paid.</numerusform><numerusform>%n subjects paid.</numerusform></translation></message></context>
<context>
    <name>mianshen::ui::TableBrowser</name>
    <message>
        <source>The rows could not be read: %1</source>
        <translation>The rows could not be read: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 of %2 rows loaded</translation>
    </message>
    <message>
        <source>%1 rows loaded, counting…</source>
        <translation>%1 rows loaded, counting…</translation>
    </message>
    <message>
        <source>Filter: text to find, =exact, &gt;=1000, &lt;2021-07, - for no value</source>
        <translation>Filter: text to find, =exact, &gt;=1000, &lt;2021-07, - for no value</translation>
    </message>
    <message>
        <source>The column to filter</source>
        <translation>The column to filter</translation>
    </message>
    <message>
        <source>Show id and account numbers</source>
        <translation>Show id and account numbers</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
<message><source>%1 rows loaded; reading failed (see above)</source><translation>%1 rows loaded; reading failed (see above)</translation></message><message><source>CSV files (*.csv)</source><translation>CSV files (*.csv)</translation></message><message><source>Cannot export</source><translation>Cannot export</translation></message><message><source>Cannot print</source><translation>Cannot print</translation></message><message><source>Export the Table as CSV</source><translation>Export the Table as CSV</translation></message><message><source>Export…</source><translation>Export…</translation></message><message><source>Print the rows matching the filter (at most %1), masked as shown.</source><translation>Print the rows matching the filter (at most %1), masked as shown.</translation></message><message><source>Print…</source><translation>Print…</translation></message><message><source>Save every row matching the filter as CSV (for Excel), masked as shown.</source><translation>Save every row matching the filter as CSV (for Excel), masked as shown.</translation></message><message><source>%1 of %Ln row(s) loaded</source><translation>%1 of %Ln row(s) loaded</translation></message><message><source>%Ln row(s) loaded, counting…</source><translation>%Ln row(s) loaded, counting…</translation></message><message><source>%Ln row(s) loaded; reading failed (see above)</source><translation>%Ln row(s) loaded; reading failed (see above)</translation></message><message><source>Click a title to sort; right-click to show or hide columns.</source><translation>Click a title to sort; right-click to show or hide columns.</translation></message></context>
<context>
    <name>mianshen::ui::TablePage</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Open a SQLite database or connect to a PostgreSQL server from the File menu.</source>
        <translation>Open a SQLite database or connect to a PostgreSQL server from the File menu.</translation>
    </message>
<message><source>The rows could not be read.</source><translation>The rows could not be read.</translation></message><message><source>Personal data stays masked</source><translation>Personal data stays masked</translation></message></context>
<context><name>mianshen::audit::AuditLog</name><message><source>An audit entry needs an action and an entity (a fault of the program: please report it).</source><translation>An audit entry needs an action and an entity (a fault of the program: please report it).</translation></message><message><source>The audit log could not be written (%1): %2</source><translation>The audit log could not be written (%1): %2</translation></message><message><source>The audit log is written only inside the transaction of the change it records; none is open (a fault of the program: please report it).</source><translation>The audit log is written only inside the transaction of the change it records; none is open (a fault of the program: please report it).</translation></message><message><source>append the row</source><translation>append the row</translation></message><message><source>read the last row</source><translation>read the last row</translation></message><message><source>wait for the other writers</source><translation>wait for the other writers</translation></message></context><context><name>mianshen::audit::AuditQuery</name><message><source>"%1" is not a time: write a date (2026-12-01) or a date and time (2026-12-01T08:30, 2026-12-01T08:30:00+08:00; without an offset it is UTC).</source><translation>"%1" is not a time: write a date (2026-12-01) or a date and time (2026-12-01T08:30, 2026-12-01T08:30:00+08:00; without an offset it is UTC).</translation></message><message><source>The audit log could not be read: %1</source><translation>The audit log could not be read: %1</translation></message><message><source>The list could not be written: %1</source><translation>The list could not be written: %1</translation></message></context><context><name>mianshen::audit::AuditVerifier</name><message><source>The audit log could not be read: %1</source><translation>The audit log could not be read: %1</translation></message><message><source>The audit log could not be read: the database is not open.</source><translation>The audit log could not be read: the database is not open.</translation></message><message><source>The verification was cancelled.</source><translation>The verification was cancelled.</translation></message></context><context><name>mianshen::audit::VerifyReport</name><message><source>Row %1 of the audit log was changed after it was written: its contents no longer give its hash.</source><translation>Row %1 of the audit log was changed after it was written: its contents no longer give its hash.</translation></message><message><source>Row %1 of the audit log was changed after it was written: its hash is not the one row %2 was chained to.</source><translation>Row %1 of the audit log was changed after it was written: its hash is not the one row %2 was chained to.</translation></message><message><source>Row %1 of the audit log was deleted: row %2 is chained to a row that is no longer there.</source><translation>Row %1 of the audit log was deleted: row %2 is chained to a row that is no longer there.</translation></message><message><source>Row %1 of the audit log was inserted afterwards: row %2 is chained to the row before it.</source><translation>Row %1 of the audit log was inserted afterwards: row %2 is chained to the row before it.</translation></message><message><source>Rows %1 to %2 of the audit log were deleted: row %3 is chained to a row that is no longer there.</source><translation>Rows %1 to %2 of the audit log were deleted: row %3 is chained to a row that is no longer there.</translation></message><message><source>The audit log is empty: nothing to verify.</source><translation>The audit log is empty: nothing to verify.</translation></message><message numerus="yes"><source>The audit log is intact: %n row(s) verified. The last is row %1, hash %2.</source><translation><numerusform>The audit log is intact: %n row verified. The last is row %1, hash %2.</numerusform><numerusform>The audit log is intact: %n rows verified. The last is row %1, hash %2.</numerusform></translation></message><message><source>The last rows of the audit log were deleted: rows %1 to %2 were written but are no longer there.</source><translation>The last rows of the audit log were deleted: rows %1 to %2 were written but are no longer there.</translation></message></context><context><name>mianshen::cli::AuditCommand</name><message numerus="yes"><source>%n row(s) written to %1.</source><translation><numerusform>%n row written to %1.</numerusform><numerusform>%n rows written to %1.</numerusform></translation></message><message><source>A</source><translation>A</translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>Cannot write to standard output.</source><translation>Cannot write to standard output.</translation></message><message><source>E</source><translation>E</translation></message><message><source>FILE.csv</source><translation>FILE.csv</translation></message><message><source>ID</source><translation>ID</translation></message><message><source>ISO</source><translation>ISO</translation></message><message><source>N</source><translation>N</translation></message><message><source>Verify the audit log's hash chain (audit verify) or list its rows as CSV (audit list).</source><translation>Verify the audit log's hash chain (audit verify) or list its rows as CSV (audit list).</translation></message><message><source>audit list: --limit must be a whole number above 0.</source><translation>audit list: --limit must be a whole number above 0.</translation></message><message><source>audit: say what to do: verify or list.</source><translation>audit: say what to do: verify or list.</translation></message><message><source>list: from this time on (2026-12-01 or 2026-12-01T08:30+08:00; no offset = UTC).</source><translation>list: from this time on (2026-12-01 or 2026-12-01T08:30+08:00; no offset = UTC).</translation></message><message><source>list: only the newest N rows.</source><translation>list: only the newest N rows.</translation></message><message><source>list: only this action (import, policy.publish, run.complete, ...).</source><translation>list: only this action (import, policy.publish, run.complete, ...).</translation></message><message><source>list: only this kind of thing (award, policy, import, run, ...).</source><translation>list: only this kind of thing (award, policy, import, run, ...).</translation></message><message><source>list: only this thing's id.</source><translation>list: only this thing's id.</translation></message><message><source>list: only what this person or login did.</source><translation>list: only what this person or login did.</translation></message><message><source>list: up to this time (a date: to the end of that day).</source><translation>list: up to this time (a date: to the end of that day).</translation></message><message><source>list: write to this file (default: standard output).</source><translation>list: write to this file (default: standard output).</translation></message><message><source>verify | list</source><translation>verify | list</translation></message></context><context><name>mianshen::cli::DemoHistory</name><message><source>Award %1 could not be approved: %2</source><translation>Award %1 could not be approved: %2</translation></message><message><source>Award %1 could not be rejected: %2</source><translation>Award %1 could not be rejected: %2</translation></message><message><source>Batch %1 still needs an approval.</source><translation>Batch %1 still needs an approval.</translation></message><message><source>Could not %1: %2</source><translation>Could not %1: %2</translation></message><message><source>Could not create the folder %1.</source><translation>Could not create the folder %1.</translation></message><message><source>Could not write %1: %2</source><translation>Could not write %1: %2</translation></message><message><source>Could not write the bank return file %1: %2</source><translation>Could not write the bank return file %1: %2</translation></message><message><source>No payments in %1: no objections recorded.</source><translation>No payments in %1: no objections recorded.</translation></message><message><source>No recovery was proposed.</source><translation>No recovery was proposed.</translation></message><message><source>Recovery %1 settled (%2 proposed).</source><translation>Recovery %1 settled (%2 proposed).</translation></message><message><source>The bank return file %1, line %2: %3</source><translation>The bank return file %1, line %2: %3</translation></message><message><source>The corrected bank accounts (%1) were not imported: %2</source><translation>The corrected bank accounts (%1) were not imported: %2</translation></message><message><source>Two objections to the notice list of %1 %2.</source><translation>Two objections to the notice list of %1 %2.</translation></message><message><source>read a bank account</source><translation>read a bank account</translation></message><message><source>read the batch's payments</source><translation>read the batch's payments</translation></message><message><source>read the open cases</source><translation>read the open cases</translation></message><message><source>read the payments of %1</source><translation>read the payments of %1</translation></message></context><context><name>mianshen::cli::DemoHistoryCommand</name><message><source>DIR</source><translation>DIR</translation></message><message><source>Give the demo database a year of history: monthly runs, review decisions, payment batches with bank returns, a recovery and notice objections (SQLite).</source><translation>Give the demo database a year of history: monthly runs, review decisions, payment batches with bank returns, a recovery and notice objections (SQLite).</translation></message><message><source>How many months (default 12).</source><translation>How many months (default 12).</translation></message><message><source>N</source><translation>N</translation></message><message><source>S</source><translation>S</translation></message><message><source>The first month (default 2021-01).</source><translation>The first month (default 2021-01).</translation></message><message><source>The folder for the bank files, bank return files and account corrections.</source><translation>The folder for the bank files, bank return files and account corrections.</translation></message><message><source>The seed of every choice (default 1).</source><translation>The seed of every choice (default 1).</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>demo-history works on SQLite only: its reviewers and approvers are operating-system user names, and on PostgreSQL the actor is the login.</source><translation>demo-history works on SQLite only: its reviewers and approvers are operating-system user names, and on PostgreSQL the actor is the login.</translation></message><message><source>demo-history: %1</source><translation>demo-history: %1</translation></message><message><source>demo-history: %1 months in %2 ms.</source><translation>demo-history: %1 months in %2 ms.</translation></message><message><source>demo-history: %1: %2</source><translation>demo-history: %1: %2</translation></message><message><source>demo-history: could not create the folder %1.</source><translation>demo-history: could not create the folder %1.</translation></message><message><source>demo-history: give --files DIR, and --from YYYY-MM, --months 1-120, --seed N if not the defaults.</source><translation>demo-history: give --files DIR, and --from YYYY-MM, --months 1-120, --seed N if not the defaults.</translation></message><message><source>month	run	decisions	approved	rejected	open	batch	payments	retried	total	paid	failed	ms</source><translation>month	run	decisions	approved	rejected	open	batch	payments	retried	total	paid	failed	ms</translation></message></context><context><name>mianshen::cli::NoticeCommand</name><message numerus="yes"><source>, %n objection(s).</source><translation><numerusform>, %n objection.</numerusform><numerusform>, %n objections.</numerusform></translation></message><message><source>A note on the outcome.</source><translation>A note on the outcome.</translation></message><message><source>CODE</source><translation>CODE</translation></message><message><source>FILE</source><translation>FILE</translation></message><message><source>How many days it is displayed (default: 7).</source><translation>How many days it is displayed (default: 7).</translation></message><message><source>ID</source><translation>ID</translation></message><message><source>N</source><translation>N</translation></message><message><source>NAME</source><translation>NAME</translation></message><message><source>OUTCOME</source><translation>OUTCOME</translation></message><message><source>Record an objection received against a notice list.</source><translation>Record an objection received against a notice list.</translation></message><message><source>Record the outcome of an objection.</source><translation>Record the outcome of an objection.</translation></message><message><source>Recorded objection %1.</source><translation>Recorded objection %1.</translation></message><message><source>Recorded the outcome of objection %1.</source><translation>Recorded the outcome of objection %1.</translation></message><message><source>TEXT</source><translation>TEXT</translation></message><message><source>The first day the list is displayed (default: today).</source><translation>The first day the list is displayed (default: today).</translation></message><message><source>The month of the list (YYYY-MM).</source><translation>The month of the list (YYYY-MM).</translation></message><message><source>The month of the payments (YYYY-MM).</source><translation>The month of the payments (YYYY-MM).</translation></message><message><source>The objection's number.</source><translation>The objection's number.</translation></message><message><source>The policy code.</source><translation>The policy code.</translation></message><message><source>The subject it is about (default: the whole list).</source><translation>The subject it is about (default: the whole list).</translation></message><message><source>What the objection says.</source><translation>What the objection says.</translation></message><message><source>When it was decided (default: today).</source><translation>When it was decided (default: today).</translation></message><message><source>When it was received.</source><translation>When it was received.</translation></message><message><source>Who objected.</source><translation>Who objected.</translation></message><message><source>Write the public notice (公示) list of a policy's payments in a month as PDF or .xlsx; record objections (notice objection) and their outcome (notice outcome).</source><translation>Write the public notice (公示) list of a policy's payments in a month as PDF or .xlsx; record objections (notice objection) and their outcome (notice outcome).</translation></message><message><source>Write to FILE.pdf or FILE.xlsx.</source><translation>Write to FILE.pdf or FILE.xlsx.</translation></message><message numerus="yes"><source>Wrote %1: %n subject(s)</source><translation><numerusform>Wrote %1: %n subject</numerusform><numerusform>Wrote %1: %n subjects</numerusform></translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>YYYY-MM-DD</source><translation>YYYY-MM-DD</translation></message><message><source>notice objection: give --policy, --period, --raised-by and --received.</source><translation>notice objection: give --policy, --period, --raised-by and --received.</translation></message><message><source>notice outcome: give --id N and --outcome (and --date YYYY-MM-DD if not today).</source><translation>notice outcome: give --id N and --outcome (and --date YYYY-MM-DD if not today).</translation></message><message><source>notice: give --policy CODE --period YYYY-MM --out FILE.pdf|.xlsx (--notice-from YYYY-MM-DD and --notice-days N are optional).</source><translation>notice: give --policy CODE --period YYYY-MM --out FILE.pdf|.xlsx (--notice-from YYYY-MM-DD and --notice-days N are optional).</translation></message><message><source>pending (default), upheld, dismissed or withdrawn.</source><translation>pending (default), upheld, dismissed or withdrawn.</translation></message><message><source>upheld, dismissed, withdrawn or pending.</source><translation>upheld, dismissed, withdrawn or pending.</translation></message><message><source>zh or en (default: the system's).</source><translation>zh or en (default: the system's).</translation></message><message><source>zh|en</source><translation>zh|en</translation></message></context><context><name>mianshen::cli::PayCommand</name><message numerus="yes"><source>%n failed payment(s) expired; their money is back in the budget.</source><translation><numerusform>%n failed payment expired; their money is back in the budget.</numerusform><numerusform>%n failed payments expired; their money is back in the budget.</numerusform></translation></message><message numerus="yes"><source>%n held award(s) released: the budget allows them now.</source><translation><numerusform>%n held award released: the budget allows them now.</numerusform><numerusform>%n held awards released: the budget allows them now.</numerusform></translation></message><message numerus="yes"><source>%n recovery order(s) proposed.</source><translation><numerusform>%n recovery order proposed.</numerusform><numerusform>%n recovery orders proposed.</numerusform></translation></message><message><source>; the batch is reconciled</source><translation>; the batch is reconciled</translation></message><message numerus="yes"><source>Batch %1 for %2: %n payment(s), %3 (%4 retried); needs %5 approval(s).</source><translation><numerusform>Batch %1 for %2: %n payment, %3 (%4 retried); needs %5 approval.</numerusform><numerusform>Batch %1 for %2: %n payments, %3 (%4 retried); needs %5 approvals.</numerusform></translation></message><message><source>Batch %1 is marked sent to the bank.</source><translation>Batch %1 is marked sent to the bank.</translation></message><message><source>Batch %1 written to %2 (SHA-256 %3).</source><translation>Batch %1 written to %2 (SHA-256 %3).</translation></message><message><source>Batch %1: %2 paid (%3), %4 failed (%5)%6.</source><translation>Batch %1: %2 paid (%3), %4 failed (%5)%6.</translation></message><message><source>Batch %1: approval %2 of %3; the batch is %4.</source><translation>Batch %1: approval %2 of %3; the batch is %4.</translation></message><message><source>FILE</source><translation>FILE</translation></message><message><source>Held (%1): %2</source><translation>Held (%1): %2</translation></message><message><source>Nothing to pay for %1: no batch created.</source><translation>Nothing to pay for %1: no batch created.</translation></message><message><source>Pay approved awards: pay batch|approve|export|sent|returns|status|recoveries.</source><translation>Pay approved awards: pay batch|approve|export|sent|returns|status|recoveries.</translation></message><message><source>Recovery order %1: %2 done.</source><translation>Recovery order %1: %2 done.</translation></message><message><source>TEXT</source><translation>TEXT</translation></message><message><source>Warning: %1</source><translation>Warning: %1</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>batch	period	status	payments	total	paid	failed	approvals</source><translation>batch	period	status	payments	total	paid	failed	approvals</translation></message><message><source>batch | approve | export | sent | returns | status | recoveries</source><translation>batch | approve | export | sent | returns | status | recoveries</translation></message><message><source>batch, status: the month (YYYY-MM).</source><translation>batch, status: the month (YYYY-MM).</translation></message><message><source>export: the bank file to write (.csv or .xlsx).</source><translation>export: the bank file to write (.csv or .xlsx).</translation></message><message><source>pay recoveries %1: give the recovery order's number.</source><translation>pay recoveries %1: give the recovery order's number.</translation></message><message><source>pay recoveries: unknown verb "%1" (propose, confirm, settle, write-off).</source><translation>pay recoveries: unknown verb "%1" (propose, confirm, settle, write-off).</translation></message><message><source>pay: usage: pay batch --period YYYY-MM | approve BATCH | export BATCH --out FILE | sent BATCH | returns FILE | status [--period YYYY-MM] | recoveries [propose | confirm ID | settle ID | write-off ID --note TEXT]</source><translation>pay: usage: pay batch --period YYYY-MM | approve BATCH | export BATCH --out FILE | sent BATCH | returns FILE | status [--period YYYY-MM] | recoveries [propose | confirm ID | settle ID | write-off ID --note TEXT]</translation></message><message><source>policy	budget	paid	committed	held	remaining	used</source><translation>policy	budget	paid	committed	held	remaining	used</translation></message><message><source>recoveries settle / write-off: a note.</source><translation>recoveries settle / write-off: a note.</translation></message><message><source>recovery	payment	policy	subject	period	amount	status	reason	evidence</source><translation>recovery	payment	policy	subject	period	amount	status	reason	evidence</translation></message></context><context><name>mianshen::cli::PaymentsCommand</name><message numerus="yes"><source>%n paid payment(s) of %1 written to %2.</source><translation><numerusform>%n paid payment of %1 written to %2.</numerusform><numerusform>%n paid payments of %1 written to %2.</numerusform></translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>FILE</source><translation>FILE</translation></message><message><source>The file to write.</source><translation>The file to write.</translation></message><message><source>The month the batches paid in (YYYY-MM).</source><translation>The month the batches paid in (YYYY-MM).</translation></message><message><source>Write a month's paid payments in the payment_history feed's format (payments --period YYYY-MM --out FILE).</source><translation>Write a month's paid payments in the payment_history feed's format (payments --period YYYY-MM --out FILE).</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>payments: give --period YYYY-MM and --out FILE.</source><translation>payments: give --period YYYY-MM and --out FILE.</translation></message></context><context><name>mianshen::cli::ReviewCommand</name><message numerus="yes"><source>%n case(s) decided.</source><translation><numerusform>%n case decided.</numerusform><numerusform>%n cases decided.</numerusform></translation></message><message><source>--version must be a positive number.</source><translation>--version must be a positive number.</translation></message><message><source>CODE</source><translation>CODE</translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>FEED</source><translation>FEED</translation></message><message><source>FIELD</source><translation>FIELD</translation></message><message><source>FILE</source><translation>FILE</translation></message><message><source>FLAG</source><translation>FLAG</translation></message><message><source>N</source><translation>N</translation></message><message><source>No case is waiting.</source><translation>No case is waiting.</translation></message><message><source>Review queue: review list | decide AWARD_ID approve|reject|return --reason TEXT | claim-next | release ID | comment ID TEXT | undo ID.</source><translation>Review queue: review list | decide AWARD_ID approve|reject|return --reason TEXT | claim-next | release ID | comment ID TEXT | undo ID.</translation></message><message><source>STATUS</source><translation>STATUS</translation></message><message><source>TEXT</source><translation>TEXT</translation></message><message><source>V</source><translation>V</translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>decide return: the feed in doubt.</source><translation>decide return: the feed in doubt.</translation></message><message><source>decide return: the field in doubt.</source><translation>decide return: the field in doubt.</translation></message><message><source>decide, undo: the award version you saw (default: the current one).</source><translation>decide, undo: the award version you saw (default: the current one).</translation></message><message><source>decide, work: the reason (required for reject and return).</source><translation>decide, work: the reason (required for reject and return).</translation></message><message><source>decide: the rejection reason code (default: other).</source><translation>decide: the rejection reason code (default: other).</translation></message><message><source>list | decide | claim-next | release | comment | undo | work</source><translation>list | decide | claim-next | release | comment | undo | work</translation></message><message><source>list, claim-next, work: only this policy.</source><translation>list, claim-next, work: only this policy.</translation></message><message><source>list: only cases with this flag.</source><translation>list: only cases with this flag.</translation></message><message><source>list: only this status (repeatable; default: awaiting_review and reopened; "all" for every one).</source><translation>list: only this status (repeatable; default: awaiting_review and reopened; "all" for every one).</translation></message><message><source>list: show subject ids in full (recorded in the audit log).</source><translation>list: show subject ids in full (recorded in the audit log).</translation></message><message><source>list: the award period (YYYY-MM; "" for one-off).</source><translation>list: the award period (YYYY-MM; "" for one-off).</translation></message><message><source>list: write CSV to this file (default: standard output).</source><translation>list: write CSV to this file (default: standard output).</translation></message><message><source>review %1: give the award id.</source><translation>review %1: give the award id.</translation></message><message><source>review comment: give AWARD_ID and the text.</source><translation>review comment: give AWARD_ID and the text.</translation></message><message><source>review decide: give AWARD_ID and approve, reject or return.</source><translation>review decide: give AWARD_ID and approve, reject or return.</translation></message><message><source>review list --reveal</source><translation>review list --reveal</translation></message><message><source>review list: --period must be YYYY-MM (or "" for one-off awards).</source><translation>review list: --period must be YYYY-MM (or "" for one-off awards).</translation></message><message><source>review: say what to do: list, decide, claim-next, release, comment, undo or work.</source><translation>review: say what to do: list, decide, claim-next, release, comment, undo or work.</translation></message><message><source>review: unknown verb "%1" (expected %2).</source><translation>review: unknown verb "%1" (expected %2).</translation></message><message><source>work: seed of the random decisions.</source><translation>work: seed of the random decisions.</translation></message></context><context><name>mianshen::cli::StatsCommand</name><message><source>Also print the report sentence (cumulative to --to) in both languages.</source><translation>Also print the report sentence (cumulative to --to) in both languages.</translation></message><message><source>CODE</source><translation>CODE</translation></message><message><source>FILE</source><translation>FILE</translation></message><message><source>First recompute the maintained totals from the ledger.</source><translation>First recompute the maintained totals from the ledger.</translation></message><message><source>GROUP</source><translation>GROUP</translation></message><message><source>Group by month, policy, department, kind or policy-month (default: policy).</source><translation>Group by month, policy, department, kind or policy-month (default: policy).</translation></message><message><source>Only this policy (repeatable).</source><translation>Only this policy (repeatable).</translation></message><message><source>Rebuilt the statistics from the ledger.</source><translation>Rebuilt the statistics from the ledger.</translation></message><message><source>Recount the range from the ledger and check it against the maintained totals.</source><translation>Recount the range from the ledger and check it against the maintained totals.</translation></message><message numerus="yes"><source>Recount: the maintained totals equal the ledger (%n policy-month(s)).</source><translation><numerusform>Recount: the maintained totals equal the ledger (%n policy-month).</numerusform><numerusform>Recount: the maintained totals equal the ledger (%n policy-months).</numerusform></translation></message><message><source>Show or export disbursement totals per month, policy or department (from the ledger).</source><translation>Show or export disbursement totals per month, policy or department (from the ledger).</translation></message><message><source>The first month (YYYY-MM).</source><translation>The first month (YYYY-MM).</translation></message><message><source>The last month (YYYY-MM).</source><translation>The last month (YYYY-MM).</translation></message><message><source>The maintained totals differ from a recount of the ledger. Rebuild them with `mianshen stats --rebuild --from ... --to ...` and report how it happened.</source><translation>The maintained totals differ from a recount of the ledger. Rebuild them with `mianshen stats --rebuild --from ... --to ...` and report how it happened.</translation></message><message><source>Write to FILE.csv or FILE.xlsx.</source><translation>Write to FILE.csv or FILE.xlsx.</translation></message><message numerus="yes"><source>Wrote %1 (%n row(s)).</source><translation><numerusform>Wrote %1 (%n row).</numerusform><numerusform>Wrote %1 (%n rows).</numerusform></translation></message><message><source>YYYY-MM</source><translation>YYYY-MM</translation></message><message><source>stats: give --from YYYY-MM --to YYYY-MM (from not after to) and --by month, policy, department, kind or policy-month.</source><translation>stats: give --from YYYY-MM --to YYYY-MM (from not after to) and --by month, policy, department, kind or policy-month.</translation></message><message><source>zh or en (default: the system's).</source><translation>zh or en (default: the system's).</translation></message><message><source>zh|en</source><translation>zh|en</translation></message></context><context><name>mianshen::itemmodels::AuditLogModel</name><message><source>Action</source><translation>Action</translation></message><message><source>After</source><translation>After</translation></message><message><source>Before</source><translation>Before</translation></message><message><source>Entity</source><translation>Entity</translation></message><message><source>Entity id</source><translation>Entity id</translation></message><message><source>Hash</source><translation>Hash</translation></message><message><source>No.</source><translation>No.</translation></message><message><source>Reason</source><translation>Reason</translation></message><message><source>Role</source><translation>Role</translation></message><message><source>The audit log could not be read: %1</source><translation>The audit log could not be read: %1</translation></message><message><source>Time</source><translation>Time</translation></message><message><source>Who</source><translation>Who</translation></message></context><context><name>mianshen::itemmodels::NoticeDocument</name><message><source>%1: write the notice list to a .pdf or .xlsx file.</source><translation>%1: write the notice list to a .pdf or .xlsx file.</translation></message><message numerus="yes"><source>%n subject(s), total %1 yuan.</source><translation><numerusform>%n subject, total %1 yuan.</numerusform><numerusform>%n subjects, total %1 yuan.</numerusform></translation></message><message><source>About</source><translation>About</translation></message><message><source>Amount (yuan)</source><translation>Amount (yuan)</translation></message><message><source>Could not set up the page of %1.</source><translation>Could not set up the page of %1.</translation></message><message><source>Could not write %1: check that its folder exists and is writable.</source><translation>Could not write %1: check that its folder exists and is writable.</translation></message><message><source>Decided</source><translation>Decided</translation></message><message><source>For period</source><translation>For period</translation></message><message><source>Id number / credit code</source><translation>Id number / credit code</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>No.</source><translation>No.</translation></message><message><source>None.</source><translation>None.</translation></message><message><source>Note</source><translation>Note</translation></message><message><source>Notice period: %1 to %2. Objections may be raised with the publishing department within this period.</source><translation>Notice period: %1 to %2. Objections may be raised with the publishing department within this period.</translation></message><message><source>Objection</source><translation>Objection</translation></message><message><source>Objections</source><translation>Objections</translation></message><message><source>Objections received</source><translation>Objections received</translation></message><message><source>Outcome</source><translation>Outcome</translation></message><message><source>Public notice: %1, %2</source><translation>Public notice: %1, %2</translation></message><message><source>Published by: %1</source><translation>Published by: %1</translation></message><message><source>Raised by</source><translation>Raised by</translation></message><message><source>Received</source><translation>Received</translation></message><message><source>Total</source><translation>Total</translation></message><message><source>Writing a PDF needs the program's graphical libraries (fonts); write the list as .xlsx instead.</source><translation>Writing a PDF needs the program's graphical libraries (fonts); write the list as .xlsx instead.</translation></message><message><source>dismissed</source><translation>dismissed</translation></message><message><source>one-off</source><translation>one-off</translation></message><message><source>pending</source><translation>pending</translation></message><message><source>the whole list</source><translation>the whole list</translation></message><message><source>upheld</source><translation>upheld</translation></message><message><source>withdrawn</source><translation>withdrawn</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Public notice: %1, payment batch %2, %3</source><translation>Public notice: %1, payment batch %2, %3</translation></message><message><source>Public notice: payment batch %1, %2</source><translation>Public notice: payment batch %1, %2</translation></message></context><context><name>mianshen::itemmodels::TableExport</name><message><source>%1: write the figures to a .csv or .xlsx file.</source><translation>%1: write the figures to a .csv or .xlsx file.</translation></message><message><source>Could not create %1: check that its folder exists and is writable.</source><translation>Could not create %1: check that its folder exists and is writable.</translation></message><message><source>Could not write %1: %2</source><translation>Could not write %1: %2</translation></message></context><context><name>mianshen::ledger::BankFileWriter</name><message><source>%1: the bank file must end in .csv or .xlsx.</source><translation>%1: the bank file must end in .csv or .xlsx.</translation></message><message><source>Batch %1 does not balance (%2 payments, %3 fen; the batch says %4, %5): the file is not written.</source><translation>Batch %1 does not balance (%2 payments, %3 fen; the batch says %4, %5): the file is not written.</translation></message><message><source>Cannot write %1.</source><translation>Cannot write %1.</translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>There is no payment batch %1.</source><translation>There is no payment batch %1.</translation></message></context><context><name>mianshen::ledger::BatchApproval</name><message><source>%1 created batch %2 and cannot approve it: another person must.</source><translation>%1 created batch %2 and cannot approve it: another person must.</translation></message><message><source>%1 has already approved batch %2; its total needs a second, different approver.</source><translation>%1 has already approved batch %2; its total needs a second, different approver.</translation></message><message><source>Batch %1 is already %2; only a created batch can be approved.</source><translation>Batch %1 is already %2; only a created batch can be approved.</translation></message><message><source>Batch %1 was changed by someone else meanwhile; look at it again.</source><translation>Batch %1 was changed by someone else meanwhile; look at it again.</translation></message><message><source>Could not start a write transaction: %1</source><translation>Could not start a write transaction: %1</translation></message><message><source>The approval could not be saved: %1</source><translation>The approval could not be saved: %1</translation></message><message><source>There is no payment batch %1.</source><translation>There is no payment batch %1.</translation></message></context><context><name>mianshen::ledger::BatchBuilder</name><message><source>Could not start a write transaction: %1</source><translation>Could not start a write transaction: %1</translation></message><message><source>The batch could not be saved: %1</source><translation>The batch could not be saved: %1</translation></message><message><source>The batch month %1 is not a month YYYY-MM.</source><translation>The batch month %1 is not a month YYYY-MM.</translation></message></context><context><name>mianshen::ledger::BatchDispatch</name><message><source>Batch %1 is %2: only an approved batch (or an exported one, again) can be exported.</source><translation>Batch %1 is %2: only an approved batch (or an exported one, again) can be exported.</translation></message><message><source>Batch %1 is not %2 (it does not exist, or someone else moved it on).</source><translation>Batch %1 is not %2 (it does not exist, or someone else moved it on).</translation></message><message><source>Could not start a write transaction: %1</source><translation>Could not start a write transaction: %1</translation></message><message><source>The batch's new status could not be saved: %1</source><translation>The batch's new status could not be saved: %1</translation></message></context><context><name>mianshen::ledger::BudgetStatus</name><message><source>%1: %2% of the budget used (%3 of %4)</source><translation>%1: %2% of the budget used (%3 of %4)</translation></message></context><context><name>mianshen::ledger::PaymentHistoryExport</name><message><source>Cannot write the payments: %1</source><translation>Cannot write the payments: %1</translation></message></context><context><name>mianshen::ledger::RecoveryService</name><message><source>Could not start a write transaction: %1</source><translation>Could not start a write transaction: %1</translation></message><message><source>Recovery order %1 is not %2 (it does not exist, or it has moved on).</source><translation>Recovery order %1 is not %2 (it does not exist, or it has moved on).</translation></message><message><source>The recovery order could not be saved: %1</source><translation>The recovery order could not be saved: %1</translation></message><message><source>The recovery orders could not be saved: %1</source><translation>The recovery orders could not be saved: %1</translation></message><message><source>Writing off recovery order %1 needs a reason.</source><translation>Writing off recovery order %1 needs a reason.</translation></message></context><context><name>mianshen::ledger::ReturnFileReader</name><message><source>%1, line %2: %3</source><translation>%1, line %2: %3</translation></message><message><source>%1: %2</source><translation>%1: %2</translation></message><message><source>Cannot read %1: %2</source><translation>Cannot read %1: %2</translation></message><message><source>Could not start a write transaction: %1</source><translation>Could not start a write transaction: %1</translation></message><message><source>The return file could not be saved: %1</source><translation>The return file could not be saved: %1</translation></message><message><source>The return file is refused whole; nothing was changed.
%1</source><translation>The return file is refused whole; nothing was changed.
%1</translation></message><message><source>a failed payment needs the bank's reason</source><translation>a failed payment needs the bank's reason</translation></message><message><source>amount mismatch: the file says %1, payment %2 is %3</source><translation>amount mismatch: the file says %1, payment %2 is %3</translation></message><message><source>batch %1 is %2: returns are accepted only for a batch marked sent</source><translation>batch %1 is %2: returns are accepted only for a batch marked sent</translation></message><message><source>duplicate line: payment %1 is already on line %2</source><translation>duplicate line: payment %1 is already on line %2</translation></message><message><source>expected 4 fields, found %1</source><translation>expected 4 fields, found %1</translation></message><message><source>payment %1 is already %2: its outcome was reported before</source><translation>payment %1 is already %2: its outcome was reported before</translation></message><message><source>the amount "%1" is not yuan with at most two decimals</source><translation>the amount "%1" is not yuan with at most two decimals</translation></message><message><source>the file has no payment lines</source><translation>the file has no payment lines</translation></message><message><source>the file is empty</source><translation>the file is empty</translation></message><message><source>the first line must be the header reference,amount,result,reason</source><translation>the first line must be the header reference,amount,result,reason</translation></message><message><source>the line is not valid UTF-8 (the file must be UTF-8)</source><translation>the line is not valid UTF-8 (the file must be UTF-8)</translation></message><message><source>the result "%1" is neither paid (成功) nor failed (失败)</source><translation>the result "%1" is neither paid (成功) nor failed (失败)</translation></message><message><source>this file was imported before (return file %1, %2)</source><translation>this file was imported before (return file %1, %2)</translation></message><message><source>unknown reference "%1": not a payment number</source><translation>unknown reference "%1": not a payment number</translation></message><message><source>unknown reference %1: no such payment</source><translation>unknown reference %1: no such payment</translation></message><message><source>unknown reference %1: not a payment of batch %2</source><translation>unknown reference %1: not a payment of batch %2</translation></message></context><context><name>mianshen::ledger::Sql</name><message><source>The database could not %1: %2</source><translation>The database could not %1: %2</translation></message><message><source>approve the batch</source><translation>approve the batch</translation></message><message><source>change the batch's status</source><translation>change the batch's status</translation></message><message><source>change the payments' status</source><translation>change the payments' status</translation></message><message><source>change the recovery order</source><translation>change the recovery order</translation></message><message><source>choose the awards to pay</source><translation>choose the awards to pay</translation></message><message><source>count the payment holds</source><translation>count the payment holds</translation></message><message><source>create the batch</source><translation>create the batch</translation></message><message><source>expire a failed payment</source><translation>expire a failed payment</translation></message><message><source>mark the awards paid</source><translation>mark the awards paid</translation></message><message><source>propose recovery orders</source><translation>propose recovery orders</translation></message><message><source>read the batch</source><translation>read the batch</translation></message><message><source>read the batch's payments</source><translation>read the batch's payments</translation></message><message><source>read the batches</source><translation>read the batches</translation></message><message><source>read the failed payments</source><translation>read the failed payments</translation></message><message><source>read the payments</source><translation>read the payments</translation></message><message><source>read the policies</source><translation>read the policies</translation></message><message><source>read the recoveries</source><translation>read the recoveries</translation></message><message><source>reconcile the batch</source><translation>reconcile the batch</translation></message><message><source>record a payment's outcome</source><translation>record a payment's outcome</translation></message><message><source>record the return file</source><translation>record the return file</translation></message><message><source>rewrite the payment holds</source><translation>rewrite the payment holds</translation></message><message><source>set the batch total</source><translation>set the batch total</translation></message><message><source>sum the batch</source><translation>sum the batch</translation></message><message><source>sum the budgets</source><translation>sum the budgets</translation></message><message><source>sum the payments</source><translation>sum the payments</translation></message><message><source>sum the recoveries</source><translation>sum the recoveries</translation></message><message><source>write the payments</source><translation>write the payments</translation></message></context><context><name>mianshen::matching::ExplanationReader</name><message><source>Cannot explain the decision of %1 for %2: %3</source><translation>Cannot explain the decision of %1 for %2: %3</translation></message></context><context><name>mianshen::review::Award</name><message><source>approved</source><translation>approved</translation></message><message><source>awaiting review</source><translation>awaiting review</translation></message><message><source>held (over budget)</source><translation>held (over budget)</translation></message><message><source>paid</source><translation>paid</translation></message><message><source>rejected</source><translation>rejected</translation></message><message><source>reopened</source><translation>reopened</translation></message><message><source>returned for data correction</source><translation>returned for data correction</translation></message><message><source>withdrawn</source><translation>withdrawn</translation></message></context><context><name>mianshen::review::AwardApplier</name><message><source>Run %1 is not in the database: its decisions cannot become awards.</source><translation>Run %1 is not in the database: its decisions cannot become awards.</translation></message></context><context><name>mianshen::review::AwardChange</name><message><source>(run %1)</source><translation>(run %1)</translation></message><message><source>after the import of %1</source><translation>after the import of %1</translation></message><message><source>amount changed from %1 to %2</source><translation>amount changed from %1 to %2</translation></message><message><source>flags changed from "%1" to "%2"</source><translation>flags changed from "%1" to "%2"</translation></message><message><source>now over budget</source><translation>now over budget</translation></message><message><source>status changed from %1 to %2</source><translation>status changed from %1 to %2</translation></message><message><source>the feed %1 was imported again</source><translation>the feed %1 was imported again</translation></message><message><source>the subject no longer qualifies</source><translation>the subject no longer qualifies</translation></message><message><source>the subject qualifies again</source><translation>the subject qualifies again</translation></message></context><context><name>mianshen::review::AwardStore</name><message><source>There is no award %1.</source><translation>There is no award %1.</translation></message><message><source>budget freed: released in the policy's order</source><translation>budget freed: released in the policy's order</translation></message></context><context><name>mianshen::review::CaseExplanation</name><message><source>The decision has no explanation on record. Run `mianshen why --period %1 --policy %2` for the subject to evaluate it again.</source><translation>The decision has no explanation on record. Run `mianshen why --period %1 --policy %2` for the subject to evaluate it again.</translation></message></context><context><name>mianshen::review::CaseFile</name><message><source>The case could not be read: %1</source><translation>The case could not be read: %1</translation></message><message><source>There is no award %1. Refresh the queue (F5): it may have been removed.</source><translation>There is no award %1. Refresh the queue (F5): it may have been removed.</translation></message></context><context><name>mianshen::review::CaseHistory</name><message><source>The subject's history could not be read: %1</source><translation>The subject's history could not be read: %1</translation></message></context><context><name>mianshen::review::CasePrecedents</name><message><source>The precedents could not be read: %1</source><translation>The precedents could not be read: %1</translation></message></context><context><name>mianshen::review::CaseRecords</name><message><source>The feed %1 names no subject column.</source><translation>The feed %1 names no subject column.</translation></message><message><source>The policy reads a feed the program does not know: %1.</source><translation>The policy reads a feed the program does not know: %1.</translation></message><message><source>The rows of %1 could not be read: %2</source><translation>The rows of %1 could not be read: %2</translation></message><message><source>no</source><translation>no</translation></message><message><source>yes</source><translation>yes</translation></message></context><context><name>mianshen::review::CaseReveal</name><message><source>The reveal could not be recorded, so nothing is shown: %1</source><translation>The reveal could not be recorded, so nothing is shown: %1</translation></message></context><context><name>mianshen::review::ClaimService</name><message><source>Award %1 is %2.</source><translation>Award %1 is %2.</translation></message><message><source>Award %1 is %2: there is nothing to review.</source><translation>Award %1 is %2: there is nothing to review.</translation></message><message><source>Name the reviewer who takes award %1 over.</source><translation>Name the reviewer who takes award %1 over.</translation></message><message><source>You do not hold award %1.</source><translation>You do not hold award %1.</translation></message><message><source>You no longer hold award %1: claim it again.</source><translation>You no longer hold award %1: claim it again.</translation></message><message><source>held by %1 until %2</source><translation>held by %1 until %2</translation></message><message><source>released the cases of %1</source><translation>released the cases of %1</translation></message></context><context><name>mianshen::review::FourEyesRule</name><message><source>You gave the first approval of award %1: the second approval must come from another reviewer.</source><translation>You gave the first approval of award %1: the second approval must come from another reviewer.</translation></message></context><context><name>mianshen::review::ReviewDecisions</name><message><source>Already received this or an excluded benefit</source><translation>Already received this or an excluded benefit</translation></message><message><source>Award %1 changed after your decision: it can no longer be undone.</source><translation>Award %1 changed after your decision: it can no longer be undone.</translation></message><message><source>Award %1 has no decision of yours to undo.</source><translation>Award %1 has no decision of yours to undo.</translation></message><message><source>Award %1 is %2: it cannot be decided now.</source><translation>Award %1 is %2: it cannot be decided now.</translation></message><message><source>Award %1 is held by %2 until %3: only they can decide it now.</source><translation>Award %1 is held by %2 until %3: only they can decide it now.</translation></message><message><source>Award %1 is in a payment or changed meanwhile: its decision can no longer be undone.</source><translation>Award %1 is in a payment or changed meanwhile: its decision can no longer be undone.</translation></message><message><source>Award %1 is paid: its decision can no longer be undone.</source><translation>Award %1 is paid: its decision can no longer be undone.</translation></message><message><source>Award %1 was changed by %2 at %3 (%4) after you opened it: it is at version %5, you saw version %6. Nothing was saved; reload the case and decide again.</source><translation>Award %1 was changed by %2 at %3 (%4) after you opened it: it is at version %5, you saw version %6. Nothing was saved; reload the case and decide again.</translation></message><message><source>Award %1 was changed by %2 at %3 after you opened it: it is at version %4, you saw version %5. Nothing was saved; reload the case and decide again.</source><translation>Award %1 was changed by %2 at %3 after you opened it: it is at version %4, you saw version %5. Nothing was saved; reload the case and decide again.</translation></message><message><source>Choose a reason for the rejection (one of: %1).</source><translation>Choose a reason for the rejection (one of: %1).</translation></message><message><source>Does not meet the conditions</source><translation>Does not meet the conditions</translation></message><message><source>Evidence is missing or contradicts the data</source><translation>Evidence is missing or contradicts the data</translation></message><message><source>Name the feed and the field in doubt and say what is wrong.</source><translation>Name the feed and the field in doubt and say what is wrong.</translation></message><message><source>Other (explain in the text)</source><translation>Other (explain in the text)</translation></message><message><source>Say what the second reviewer should look at.</source><translation>Say what the second reviewer should look at.</translation></message><message><source>Suspected fraud: referred for investigation</source><translation>Suspected fraud: referred for investigation</translation></message><message><source>The comment is empty.</source><translation>The comment is empty.</translation></message><message><source>The data is wrong</source><translation>The data is wrong</translation></message><message><source>The last decision of award %1 was made by %2: only they can undo it.</source><translation>The last decision of award %1 was made by %2: only they can undo it.</translation></message><message><source>Write why the award is rejected: the text is required.</source><translation>Write why the award is rejected: the text is required.</translation></message><message><source>a matching run</source><translation>a matching run</translation></message><message><source>undid %1</source><translation>undid %1</translation></message></context><context><name>mianshen::review::ReviewQueue</name><message><source>"%1" is not an award status (%2).</source><translation>"%1" is not an award status (%2).</translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>Award</source><translation>Award</translation></message><message><source>Flags</source><translation>Flags</translation></message><message><source>Held by</source><translation>Held by</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>Period</source><translation>Period</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Subject</source><translation>Subject</translation></message><message><source>Version</source><translation>Version</translation></message><message><source>Waiting since</source><translation>Waiting since</translation></message></context><context><name>mianshen::review::Sql</name><message><source>The database could not %1: %2</source><translation>The database could not %1: %2</translation></message><message><source>The database could not save the change: %1</source><translation>The database could not save the change: %1</translation></message><message><source>The database could not start a transaction: %1</source><translation>The database could not start a transaction: %1</translation></message><message><source>claim a case</source><translation>claim a case</translation></message><message><source>count the awards</source><translation>count the awards</translation></message><message><source>count the changes of the awards</source><translation>count the changes of the awards</translation></message><message><source>count the overdue cases</source><translation>count the overdue cases</translation></message><message><source>count the review queue</source><translation>count the review queue</translation></message><message><source>create the awards</source><translation>create the awards</translation></message><message><source>read the award</source><translation>read the award</translation></message><message><source>read the awards</source><translation>read the awards</translation></message><message><source>read the changes of the award</source><translation>read the changes of the award</translation></message><message><source>read the changes of the awards</source><translation>read the changes of the awards</translation></message><message><source>read the comments</source><translation>read the comments</translation></message><message><source>read the decisions</source><translation>read the decisions</translation></message><message><source>read the held awards</source><translation>read the held awards</translation></message><message><source>read the precedents</source><translation>read the precedents</translation></message><message><source>read the published policies</source><translation>read the published policies</translation></message><message><source>read the published policy</source><translation>read the published policy</translation></message><message><source>read the review queue</source><translation>read the review queue</translation></message><message><source>read the runs</source><translation>read the runs</translation></message><message><source>reassign the case</source><translation>reassign the case</translation></message><message><source>record the changes of the awards</source><translation>record the changes of the awards</translation></message><message><source>record the decision</source><translation>record the decision</translation></message><message><source>record the release</source><translation>record the release</translation></message><message><source>record the undo</source><translation>record the undo</translation></message><message><source>release a held award</source><translation>release a held award</translation></message><message><source>release the claim</source><translation>release the claim</translation></message><message><source>release the claims</source><translation>release the claims</translation></message><message><source>renew the claim</source><translation>renew the claim</translation></message><message><source>resume the returned awards</source><translation>resume the returned awards</translation></message><message><source>save the comment</source><translation>save the comment</translation></message><message><source>save the decision</source><translation>save the decision</translation></message><message><source>sum the budget used</source><translation>sum the budget used</translation></message><message><source>undo the decision</source><translation>undo the decision</translation></message><message><source>update the awards</source><translation>update the awards</translation></message></context><context><name>mianshen::rules::TraceRecord</name><message><source>The stored explanation is damaged (%1).</source><translation>The stored explanation is damaged (%1).</translation></message></context><context><name>mianshen::stats::DisbursementStore</name><message><source>Could not count the subjects paid: %1</source><translation>Could not count the subjects paid: %1</translation></message><message><source>Could not read the disbursement totals: %1</source><translation>Could not read the disbursement totals: %1</translation></message><message><source>Could not read the payments of %1 in %2: %3</source><translation>Could not read the payments of %1 in %2: %3</translation></message><message><source>Could not read the totals before %1: %2</source><translation>Could not read the totals before %1: %2</translation></message><message><source>Could not rebuild the statistics: %1</source><translation>Could not rebuild the statistics: %1</translation></message><message><source>Could not recount the payments: %1</source><translation>Could not recount the payments: %1</translation></message><message><source>Could not recount the recoveries: %1</source><translation>Could not recount the recoveries: %1</translation></message><message><source>Could not start writing: %1</source><translation>Could not start writing: %1</translation></message><message><source>The program has no statistics migration to rebuild from.</source><translation>The program has no statistics migration to rebuild from.</translation></message></context><context><name>mianshen::stats::FiguresTable</name><message><source>Budget (yuan)</source><translation>Budget (yuan)</translation></message><message><source>Budget burn to %1</source><translation>Budget burn to %1</translation></message><message><source>Department</source><translation>Department</translation></message><message><source>Disbursements %1 to %2</source><translation>Disbursements %1 to %2</translation></message><message><source>Month</source><translation>Month</translation></message><message><source>Monthly rate (yuan)</source><translation>Monthly rate (yuan)</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>Net (yuan)</source><translation>Net (yuan)</translation></message><message><source>Paid (yuan)</source><translation>Paid (yuan)</translation></message><message><source>Payments</source><translation>Payments</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Recovered (yuan)</source><translation>Recovered (yuan)</translation></message><message><source>Remaining (yuan)</source><translation>Remaining (yuan)</translation></message><message><source>Runs out</source><translation>Runs out</translation></message><message><source>Spent (yuan)</source><translation>Spent (yuan)</translation></message><message><source>Subject kind</source><translation>Subject kind</translation></message><message><source>Subjects paid</source><translation>Subjects paid</translation></message><message><source>Title</source><translation>Title</translation></message><message><source>not at this rate</source><translation>not at this rate</translation></message><message><source>Distinct subjects</source><translation>Distinct subjects</translation></message><message><source>Subject-months paid</source><translation>Subject-months paid</translation></message></context><context><name>mianshen::stats::NoticeListReader</name><message><source>Could not read the payments of %1 in %2: %3</source><translation>Could not read the payments of %1 in %2: %3</translation></message><message><source>Could not read payment batch %1: %2</source><translation>Could not read payment batch %1: %2</translation></message><message><source>Could not read the payments of the notice list: %1</source><translation>Could not read the payments of the notice list: %1</translation></message><message><source>There is no payment batch number %1: see the Payments page for the batches.</source><translation>There is no payment batch number %1: see the Payments page for the batches.</translation></message></context><context><name>mianshen::stats::NoticeObjections</name><message><source>Could not read the objections: %1</source><translation>Could not read the objections: %1</translation></message><message><source>Could not record the objection: %1</source><translation>Could not record the objection: %1</translation></message><message><source>Could not record the outcome: %1</source><translation>Could not record the outcome: %1</translation></message><message><source>Could not start writing: %1</source><translation>Could not start writing: %1</translation></message><message><source>Say who raised the objection.</source><translation>Say who raised the objection.</translation></message><message><source>The date received "%1" is not a date: write it as YYYY-MM-DD.</source><translation>The date received "%1" is not a date: write it as YYYY-MM-DD.</translation></message><message><source>The outcome "%1" is unknown: use pending, upheld, dismissed or withdrawn.</source><translation>The outcome "%1" is unknown: use pending, upheld, dismissed or withdrawn.</translation></message><message><source>The period "%1" is not a month: write it as YYYY-MM.</source><translation>The period "%1" is not a month: write it as YYYY-MM.</translation></message><message><source>There is no objection number %1.</source><translation>There is no objection number %1.</translation></message><message><source>The decision date "%1" is not a date: write it as YYYY-MM-DD.</source><translation>The decision date "%1" is not a date: write it as YYYY-MM-DD.</translation></message></context><context><name>mianshen::ui::CaseActionPanel</name><message><source>%1 [%2]</source><translation>%1 [%2]</translation></message><message><source>&amp;Approve</source><translation>&amp;Approve</translation></message><message><source>&amp;Comment…</source><translation>&amp;Comment…</translation></message><message><source>&amp;Next case</source><translation>&amp;Next case</translation></message><message><source>&amp;Previous case</source><translation>&amp;Previous case</translation></message><message><source>&amp;Reject…</source><translation>&amp;Reject…</translation></message><message><source>&amp;Undo my last decision</source><translation>&amp;Undo my last decision</translation></message><message><source>Ask a colleague for a second opinion: what should they look at?</source><translation>Ask a colleague for a second opinion: what should they look at?</translation></message><message><source>Ask for a second &amp;opinion…</source><translation>Ask for a second &amp;opinion…</translation></message><message><source>Cancel [%1]</source><translation>Cancel [%1]</translation></message><message><source>Choose a reason…</source><translation>Choose a reason…</translation></message><message><source>Comment on the case (kept with it; decides nothing).</source><translation>Comment on the case (kept with it; decides nothing).</translation></message><message><source>Confirm [%1]</source><translation>Confirm [%1]</translation></message><message><source>Feed in doubt…</source><translation>Feed in doubt…</translation></message><message><source>Field in doubt…</source><translation>Field in doubt…</translation></message><message><source>In words (required)</source><translation>In words (required)</translation></message><message><source>Reject the case: choose a reason and say why.</source><translation>Reject the case: choose a reason and say why.</translation></message><message><source>Return for &amp;data correction…</source><translation>Return for &amp;data correction…</translation></message><message><source>Return for data correction: the feed and field in doubt, and what is wrong. The case waits until that feed is imported again and matched.</source><translation>Return for data correction: the feed and field in doubt, and what is wrong. The case waits until that feed is imported again and matched.</translation></message><message><source>To go on: %1.</source><translation>To go on: %1.</translation></message><message><source>choose a reason from the list</source><translation>choose a reason from the list</translation></message><message><source>choose the feed in doubt</source><translation>choose the feed in doubt</translation></message><message><source>choose the field in doubt</source><translation>choose the field in doubt</translation></message><message><source>say why in words</source><translation>say why in words</translation></message><message><source>write the comment</source><translation>write the comment</translation></message></context><context><name>mianshen::ui::CaseView</name><message><source>%1 %2</source><translation>%1 %2</translation></message><message numerus="yes"><source>%1 (%2): %n row(s)</source><translation><numerusform>%1 (%2): %n row</numerusform><numerusform>%1 (%2): %n rows</numerusform></translation></message><message><source>%1 Refresh (F5) to try again.</source><translation>%1 Refresh (F5) to try again.</translation></message><message><source>%1: %2</source><translation>%1: %2</translation></message><message><source>%1: none decided yet</source><translation>%1: none decided yet</translation></message><message><source>(hidden)</source><translation>(hidden)</translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>By / reason</source><translation>By / reason</translation></message><message><source>Case %1: %2 (%3, version %4)
Subject: %5 %6 — period %7 — %8 — %9</source><translation>Case %1: %2 (%3, version %4)
Subject: %5 %6 — period %7 — %8 — %9</translation></message><message><source>Cases of policy %1</source><translation>Cases of policy %1</translation></message><message><source>Cases of policy %1 flagged "%2"</source><translation>Cases of policy %1 flagged "%2"</translation></message><message><source>Choose a case in the queue to see why it was flagged.</source><translation>Choose a case in the queue to see why it was flagged.</translation></message><message><source>Decided</source><translation>Decided</translation></message><message><source>Delivered</source><translation>Delivered</translation></message><message numerus="yes"><source>Earlier awards: %n</source><translation><numerusform>Earlier awards: %n</numerusform><numerusform>Earlier awards: %n</numerusform></translation></message><message><source>Feed and rows</source><translation>Feed and rows</translation></message><message><source>Flags: %1</source><translation>Flags: %1</translation></message><message><source>Flags: none</source><translation>Flags: none</translation></message><message><source>Hide personal data</source><translation>Hide personal data</translation></message><message><source>History</source><translation>History</translation></message><message><source>Import %1, file %2</source><translation>Import %1, file %2</translation></message><message><source>More rows not shown: see the Data page.</source><translation>More rows not shown: see the Data page.</translation></message><message><source>No rows for this subject.</source><translation>No rows for this subject.</translation></message><message numerus="yes"><source>Payments: %n</source><translation><numerusform>Payments: %n</numerusform><numerusform>Payments: %n</numerusform></translation></message><message><source>Period</source><translation>Period</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Precedents</source><translation>Precedents</translation></message><message><source>Reason</source><translation>Reason</translation></message><message><source>Records</source><translation>Records</translation></message><message><source>Reviewer</source><translation>Reviewer</translation></message><message numerus="yes"><source>Reviews: %n</source><translation><numerusform>Reviews: %n</numerusform><numerusform>Reviews: %n</numerusform></translation></message><message><source>Show personal data…</source><translation>Show personal data…</translation></message><message><source>Shows names, id and account numbers of this case; the reveal is recorded in the audit log.</source><translation>Shows names, id and account numbers of this case; the reveal is recorded in the audit log.</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>The explanation could not be produced: %1</source><translation>The explanation could not be produced: %1</translation></message><message><source>The records could not be read: %1 Check the policy version is published, then refresh (F5).</source><translation>The records could not be read: %1 Check the policy version is published, then refresh (F5).</translation></message><message><source>When</source><translation>When</translation></message><message><source>Why</source><translation>Why</translation></message><message><source>import %1</source><translation>import %1</translation></message><message><source>previous system</source><translation>previous system</translation></message><message><source>this case</source><translation>this case</translation></message></context><context><name>mianshen::ui::DisbursementCharts</name><message numerus="yes"><source>%1, %2: %3 net (%4 paid, %5 recovered), %n payment(s)</source><translation><numerusform>%1, %2: %3 net (%4 paid, %5 recovered), %n payment</numerusform><numerusform>%1, %2: %3 net (%4 paid, %5 recovered), %n payments</numerusform></translation></message><message numerus="yes"><source>%1, %2: %n subject(s) paid</source><translation><numerusform>%1, %2: %n subject paid</numerusform><numerusform>%1, %2: %n subjects paid</numerusform></translation></message><message><source>Budget left per policy</source><translation>Budget left per policy</translation></message><message><source>Disbursed in total (cumulative)</source><translation>Disbursed in total (cumulative)</translation></message><message><source>Disbursed per month, by policy</source><translation>Disbursed per month, by policy</translation></message><message><source>Month</source><translation>Month</translation></message><message><source>Net disbursed, cumulative</source><translation>Net disbursed, cumulative</translation></message><message><source>Subjects</source><translation>Subjects</translation></message><message><source>Subjects paid per month</source><translation>Subjects paid per month</translation></message><message><source>does not run out at this rate</source><translation>does not run out at this rate</translation></message><message><source>runs out %1</source><translation>runs out %1</translation></message></context><context><name>mianshen::ui::KpiPanel</name><message numerus="yes"><source>%1 in %2 (%n payment(s))</source><translation><numerusform>%1 in %2 (%n payment)</numerusform><numerusform>%1 in %2 (%n payments)</numerusform></translation></message><message><source>%1 of %2 (%3%)</source><translation>%1 of %2 (%3%)</translation></message><message><source>Budget used: %1</source><translation>Budget used: %1</translation></message><message><source>Details on the Statistics page</source><translation>Details on the Statistics page</translation></message><message><source>Disbursements</source><translation>Disbursements</translation></message><message><source>Enterprises paid</source><translation>Enterprises paid</translation></message><message><source>Patents covered</source><translation>Patents covered</translation></message><message><source>Payments made</source><translation>Payments made</translation></message><message><source>Persons paid</source><translation>Persons paid</translation></message><message><source>The disbursement figures could not be read: %1</source><translation>The disbursement figures could not be read: %1</translation></message><message><source>This month's total</source><translation>This month's total</translation></message><message><source>Total paid (net)</source><translation>Total paid (net)</translation></message><message><source>to the end of %1</source><translation>to the end of %1</translation></message></context><context><name>mianshen::ui::PaymentsBehindDialog</name><message numerus="yes"><source>%n paid payment(s) (names and ids masked).</source><translation><numerusform>%n paid payment (names and ids masked).</numerusform><numerusform>%n paid payments (names and ids masked).</numerusform></translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>Batch</source><translation>Batch</translation></message><message><source>For period</source><translation>For period</translation></message><message><source>Id number / credit code</source><translation>Id number / credit code</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>Paid at</source><translation>Paid at</translation></message><message><source>Payment</source><translation>Payment</translation></message><message><source>Payments of %1 in %2</source><translation>Payments of %1 in %2</translation></message><message><source>Recovered</source><translation>Recovered</translation></message><message><source>The first %1 paid payments (names and ids masked).</source><translation>The first %1 paid payments (names and ids masked).</translation></message><message><source>one-off</source><translation>one-off</translation></message></context><context><name>mianshen::ui::ReviewFilterBar</name><message><source>%1: write an amount in yuan, e.g. 5000 or 5000.50.</source><translation>%1: write an amount in yuan, e.g. 5000 or 5000.50.</translation></message><message><source>Any status</source><translation>Any status</translation></message><message><source>Every flag</source><translation>Every flag</translation></message><message><source>Every policy</source><translation>Every policy</translation></message><message><source>Flag</source><translation>Flag</translation></message><message><source>From ¥</source><translation>From ¥</translation></message><message><source>Held by (- for nobody)</source><translation>Held by (- for nobody)</translation></message><message><source>Largest amount</source><translation>Largest amount</translation></message><message><source>Open cases</source><translation>Open cases</translation></message><message><source>Overdue only</source><translation>Overdue only</translation></message><message><source>Period YYYY-MM</source><translation>Period YYYY-MM</translation></message><message><source>Period: write a month as YYYY-MM (e.g. 2021-09), or - for one-off awards.</source><translation>Period: write a month as YYYY-MM (e.g. 2021-09), or - for one-off awards.</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Second opinion asked</source><translation>Second opinion asked</translation></message><message><source>Smallest amount</source><translation>Smallest amount</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Subject: id number, credit code or the start of a name</source><translation>Subject: id number, credit code or the start of a name</translation></message><message><source>To ¥</source><translation>To ¥</translation></message></context><context><name>mianshen::ui::ReviewQueueModel</name><message><source> · first approval by %1</source><translation> · first approval by %1</translation></message><message><source> · second opinion asked</source><translation> · second opinion asked</translation></message><message><source>%1 for %2</source><translation>%1 for %2</translation></message><message><source>%1 — overdue</source><translation>%1 — overdue</translation></message><message><source>(hidden)</source><translation>(hidden)</translation></message><message><source>Held by</source><translation>Held by</translation></message><message><source>Lease until %1</source><translation>Lease until %1</translation></message><message><source>Waiting</source><translation>Waiting</translation></message></context><context><name>mianshen::ui::ReviewTexts</name><message><source>%1 d %2 h</source><translation>%1 d %2 h</translation></message><message><source>%1 h %2 min</source><translation>%1 h %2 min</translation></message><message><source>%1 min</source><translation>%1 min</translation></message><message><source>approved</source><translation>approved</translation></message><message><source>asked for a second opinion</source><translation>asked for a second opinion</translation></message><message><source>awaiting review</source><translation>awaiting review</translation></message><message><source>commented</source><translation>commented</translation></message><message><source>held (over budget)</source><translation>held (over budget)</translation></message><message><source>one-off</source><translation>one-off</translation></message><message><source>paid</source><translation>paid</translation></message><message><source>rejected</source><translation>rejected</translation></message><message><source>reopened</source><translation>reopened</translation></message><message><source>returned for data correction</source><translation>returned for data correction</translation></message><message><source>undid the decision</source><translation>undid the decision</translation></message><message><source>withdrawn</source><translation>withdrawn</translation></message></context><context><name>EditorDocument</name><message><source>"%1" does not have the shape of the policy file format (docs/policies.md)</source><translation>"%1" does not have the shape of the policy file format (docs/policies.md)</translation></message><message><source>"%1" must be a whole number</source><translation>"%1" must be a whole number</translation></message><message><source>a definition must be an object</source><translation>a definition must be an object</translation></message><message><source>a policy file must be a JSON object</source><translation>a policy file must be a JSON object</translation></message><message><source>a record must be an object</source><translation>a record must be an object</translation></message><message><source>a record's value must be text, as a delivery holds it</source><translation>a record's value must be text, as a delivery holds it</translation></message><message><source>a rule must be an object with id, label and expr</source><translation>a rule must be an object with id, label and expr</translation></message><message><source>a table cell must be text</source><translation>a table cell must be text</translation></message><message><source>line %1, column %2: %3</source><translation>line %1, column %2: %3</translation></message><message><source>line %1, column %2: the policy file is not valid JSON (%3); correct the text and open it again</source><translation>line %1, column %2: the policy file is not valid JSON (%3); correct the text and open it again</translation></message><message><source>the records of a feed must be a list of rows</source><translation>the records of a feed must be a list of rows</translation></message></context><context><name>ImportMessage</name><message><source> (The import history could not be written: %1)</source><translation> (The import history could not be written: %1)</translation></message><message><source>.</source><translation>.</translation></message><message><source>; </source><translation>; </translation></message><message><source>; %1 bad rows quarantined</source><translation>; %1 bad rows quarantined</translation></message><message><source>; %1 warnings</source><translation>; %1 warnings</translation></message><message><source>Cancelled; nothing was imported.</source><translation>Cancelled; nothing was imported.</translation></message><message><source>Held: %1; nothing was applied. If the delivery is right, import it again confirming the large change.</source><translation>Held: %1; nothing was applied. If the delivery is right, import it again confirming the large change.</translation></message><message><source>Imported %1 rows of %2 (%3 new, %4 updated, %5 deleted)</source><translation>Imported %1 rows of %2 (%3 new, %4 updated, %5 deleted)</translation></message><message><source>Rejected: %1 errors in %2 rows; nothing was imported.</source><translation>Rejected: %1 errors in %2 rows; nothing was imported.</translation></message><message><source>Rejected: cannot read the file (%1).</source><translation>Rejected: cannot read the file (%1).</translation></message><message><source>Rejected: database error (%1); nothing was imported.</source><translation>Rejected: database error (%1); nothing was imported.</translation></message><message><source>Rejected: the feed cannot be told from the file name.</source><translation>Rejected: the feed cannot be told from the file name.</translation></message><message><source>Skipped: this delivery was already imported (import #%1); nothing changed.</source><translation>Skipped: this delivery was already imported (import #%1); nothing changed.</translation></message><message><source>it refers %1 times to a subject in no registry, against %2 in the last delivery</source><translation>it refers %1 times to a subject in no registry, against %2 in the last delivery</translation></message><message><source>it would change the values of %1 of the %2 rows of %3 (more than %4%)</source><translation>it would change the values of %1 of the %2 rows of %3 (more than %4%)</translation></message><message><source>it would delete %1 of the %2 rows of %3 (more than %4%)</source><translation>it would delete %1 of the %2 rows of %3 (more than %4%)</translation></message></context><context><name>PolicyEditorLauncher</name><message><source>%1 — %2 — %3, by %4, %5</source><translation>%1 — %2 — %3, by %4, %5</translation></message><message><source>Draft:</source><translation>Draft:</translation></message><message><source>New Policy</source><translation>New Policy</translation></message><message><source>New Version</source><translation>New Version</translation></message><message><source>Open Draft</source><translation>Open Draft</translation></message><message><source>The new policy's code (upper-case letters, digits and hyphens, e.g. TALENT-RENT):</source><translation>The new policy's code (upper-case letters, digits and hyphens, e.g. TALENT-RENT):</translation></message><message><source>There are no policy drafts. New Policy or New Version starts one.</source><translation>There are no policy drafts. New Policy or New Version starts one.</translation></message></context><context><name>mianshen::authoring::DraftStore</name><message><source>"%1" is not a policy code: write upper-case letters, digits and hyphens, starting with a letter, e.g. TALENT-LIVING.</source><translation>"%1" is not a policy code: write upper-case letters, digits and hyphens, starting with a letter, e.g. TALENT-LIVING.</translation></message><message><source>%1 version %2 is published, but the draft could not be marked so: %3</source><translation>%1 version %2 is published, but the draft could not be marked so: %3</translation></message><message><source>%1: the file does not name a policy code ("code": "TALENT-LIVING"), so it cannot become a draft. Check it with: mianshen policy check %1</source><translation>%1: the file does not name a policy code ("code": "TALENT-LIVING"), so it cannot become a draft. Check it with: mianshen policy check %1</translation></message><message><source>%1: the file is too large for a policy.</source><translation>%1: the file is too large for a policy.</translation></message><message><source>Cannot read %1: %2</source><translation>Cannot read %1: %2</translation></message><message><source>Cannot start a transaction: %1</source><translation>Cannot start a transaction: %1</translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>Draft %1 is %2 already.</source><translation>Draft %1 is %2 already.</translation></message><message><source>Draft %1 is %2 and can no longer be changed.</source><translation>Draft %1 is %2 and can no longer be changed.</translation></message><message><source>Draft %1 is %2: only a draft being written can be submitted.</source><translation>Draft %1 is %2: only a draft being written can be submitted.</translation></message><message><source>Draft %1 is %2: only a submitted draft can be approved.</source><translation>Draft %1 is %2: only a submitted draft can be approved.</translation></message><message><source>Draft %1 is %2: only a submitted draft can be sent back.</source><translation>Draft %1 is %2: only a submitted draft can be sent back.</translation></message><message><source>Draft %1 is for policy %2, but the file now says "code": "%3". Put the code back, or export the file and import it as a draft of its own.</source><translation>Draft %1 is for policy %2, but the file now says "code": "%3". Put the code back, or export the file and import it as a draft of its own.</translation></message><message numerus="yes"><source>Draft %1 is not submitted: it has %n error(s) or failed test(s). Correct them first.</source><translation><numerusform>Draft %1 is not submitted: it has %n error or failed test. Correct them first.</numerusform><numerusform>Draft %1 is not submitted: it has %n errors or failed tests. Correct them first.</numerusform></translation></message><message><source>Draft %1 is the same text as a published version of %2: there is nothing to publish.</source><translation>Draft %1 is the same text as a published version of %2: there is nothing to publish.</translation></message><message><source>Draft %1 was changed elsewhere (now revision %2, this window has %3): reopen it to see the other changes.</source><translation>Draft %1 was changed elsewhere (now revision %2, this window has %3): reopen it to see the other changes.</translation></message><message><source>Draft %1 was changed elsewhere in the meantime: reopen it and try again.</source><translation>Draft %1 was changed elsewhere in the meantime: reopen it and try again.</translation></message><message><source>Policy %1 already has an open draft (number %2): continue that one, or discard it first.</source><translation>Policy %1 already has an open draft (number %2): continue that one, or discard it first.</translation></message><message><source>Policy %1 has never been published: start a new policy instead.</source><translation>Policy %1 has never been published: start a new policy instead.</translation></message><message><source>Policy %1 is already published (version %2): make a new version of it instead.</source><translation>Policy %1 is already published (version %2): make a new version of it instead.</translation></message><message><source>Refused by the rule "%1": %2 wrote this draft. Another person with the policy approver role must decide it.</source><translation>Refused by the rule "%1": %2 wrote this draft. Another person with the policy approver role must decide it.</translation></message><message><source>Say why the draft goes back: the author reads the comment.</source><translation>Say why the draft goes back: the author reads the comment.</translation></message><message><source>The database could not %1: %2</source><translation>The database could not %1: %2</translation></message><message><source>The database refused to commit: %1</source><translation>The database refused to commit: %1</translation></message><message><source>There is no policy draft %1.</source><translation>There is no policy draft %1.</translation></message><message><source>Version %1 of %2 was published after this draft began from version %3: send the draft back so that its author makes it again from the newest version.</source><translation>Version %1 of %2 was published after this draft began from version %3: send the draft back so that its author makes it again from the newest version.</translation></message><message><source>being written</source><translation>being written</translation></message><message><source>change the draft's status</source><translation>change the draft's status</translation></message><message><source>discarded</source><translation>discarded</translation></message><message><source>list the drafts</source><translation>list the drafts</translation></message><message><source>look for open drafts</source><translation>look for open drafts</translation></message><message><source>published</source><translation>published</translation></message><message><source>read the draft</source><translation>read the draft</translation></message><message><source>read the published versions</source><translation>read the published versions</translation></message><message><source>record the draft's history</source><translation>record the draft's history</translation></message><message><source>save the draft</source><translation>save the draft</translation></message><message><source>save the new draft</source><translation>save the new draft</translation></message><message><source>sent back to its author</source><translation>sent back to its author</translation></message><message><source>submitted for approval</source><translation>submitted for approval</translation></message><message><source>test %1</source><translation>test %1</translation></message><message><source>the author of a policy version does not approve its publication</source><translation>the author of a policy version does not approve its publication</translation></message></context><context><name>mianshen::authoring::PolicyDiff</name><message><source>%1 %2</source><translation>%1 %2</translation></message><message><source>%1 %2 added: %3</source><translation>%1 %2 added: %3</translation></message><message><source>%1 %2 changed: %3 → %4</source><translation>%1 %2 changed: %3 → %4</translation></message><message><source>%1 %2 removed.</source><translation>%1 %2 removed.</translation></message><message><source>%1 %2: its label changed to “%3”.</source><translation>%1 %2: its label changed to “%3”.</translation></message><message><source>%1: the conditions of table rule %2 changed: %3 → %4.</source><translation>%1: the conditions of table rule %2 changed: %3 → %4.</translation></message><message><source>%1: the result of table rule %2 changed: %3 → %4.</source><translation>%1: the result of table rule %2 changed: %3 → %4.</translation></message><message><source>%1: the table now has %2 rules (was %3).</source><translation>%1: the table now has %2 rules (was %3).</translation></message><message><source>%1: the table's default changed: %2 → %3.</source><translation>%1: the table's default changed: %2 → %3.</translation></message><message><source>%1: the table's inputs changed.</source><translation>%1: the table's inputs changed.</translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>Amount changed: %1 → %2</source><translation>Amount changed: %1 → %2</translation></message><message><source>Budget added: %1.</source><translation>Budget added: %1.</translation></message><message><source>Budget changed: %1 → %2.</source><translation>Budget changed: %1 → %2.</translation></message><message><source>Budget removed (was %1).</source><translation>Budget removed (was %1).</translation></message><message><source>Condition</source><translation>Condition</translation></message><message><source>Definition</source><translation>Definition</translation></message><message><source>Exclusion</source><translation>Exclusion</translation></message><message><source>In effect from %1 instead of %2.</source><translation>In effect from %1 instead of %2.</translation></message><message><source>In effect until %1 instead of %2.</source><translation>In effect until %1 instead of %2.</translation></message><message><source>Most months paid: %1 → %2.</source><translation>Most months paid: %1 → %2.</translation></message><message><source>One of the two texts is not a JSON object: only the differences of the text can be shown.</source><translation>One of the two texts is not a JSON object: only the differences of the text can be shown.</translation></message><message><source>Review flag</source><translation>Review flag</translation></message><message><source>Schedule changed: %1 → %2.</source><translation>Schedule changed: %1 → %2.</translation></message><message><source>Test</source><translation>Test</translation></message><message><source>The budget's order of service changed.</source><translation>The budget's order of service changed.</translation></message><message><source>Title changed: “%1” → “%2”.</source><translation>Title changed: “%1” → “%2”.</translation></message><message><source>open-ended</source><translation>open-ended</translation></message><message><source>“%1” (%2)</source><translation>“%1” (%2)</translation></message><message><source>“%1” changed: %2 → %3</source><translation>“%1” changed: %2 → %3</translation></message></context><context><name>mianshen::cli::CommandSignIn</name><message><source>Login: </source><translation>Login: </translation></message><message><source>Password for %1: </source><translation>Password for %1: </translation></message><message><source>Sign in to %1.</source><translation>Sign in to %1.</translation></message><message><source>This database has staff accounts: sign in with the environment variables MIANSHEN_USER and MIANSHEN_PASSWORD, or run the command on a terminal.</source><translation>This database has staff accounts: sign in with the environment variables MIANSHEN_USER and MIANSHEN_PASSWORD, or run the command on a terminal.</translation></message></context><context><name>mianshen::cli::PolicyDraftVerbs</name><message><source>Cannot read %1: %2</source><translation>Cannot read %1: %2</translation></message><message><source>Done: draft %1 %2.</source><translation>Done: draft %1 %2.</translation></message><message><source>Draft %1 approved: published as version %2.</source><translation>Draft %1 approved: published as version %2.</translation></message><message><source>Draft %1 created.</source><translation>Draft %1 created.</translation></message><message><source>Draft %1 saved: revision %2.</source><translation>Draft %1 saved: revision %2.</translation></message><message><source>id	code	base	status	revision	author	approver	updated</source><translation>id	code	base	status	revision	author	approver	updated</translation></message><message><source>policy draft %1: the first argument is the draft's number.</source><translation>policy draft %1: the first argument is the draft's number.</translation></message><message><source>policy draft %1: wrong number of arguments (see mianshen policy --help).</source><translation>policy draft %1: wrong number of arguments (see mianshen policy --help).</translation></message><message><source>policy draft save: --revision takes a number.</source><translation>policy draft save: --revision takes a number.</translation></message><message><source>policy draft: say what to do: new, version, import, export, list, show, save, submit, send-back, approve or discard.</source><translation>policy draft: say what to do: new, version, import, export, list, show, save, submit, send-back, approve or discard.</translation></message></context><context><name>mianshen::cli::RolesCommand</name><message><source>%1 no longer holds the role %2.</source><translation>%1 no longer holds the role %2.</translation></message><message><source>%1 now holds the role %2.</source><translation>%1 now holds the role %2.</translation></message><message><source>Staff roles: roles install (PostgreSQL group roles and grants), roles grant|revoke LOGIN ROLE, roles list.</source><translation>Staff roles: roles install (PostgreSQL group roles and grants), roles grant|revoke LOGIN ROLE, roles list.</translation></message><message><source>The roles are installed: mianshen_* group roles with their grants.</source><translation>The roles are installed: mianshen_* group roles with their grants.</translation></message><message><source>grant, revoke: the login</source><translation>grant, revoke: the login</translation></message><message><source>grant, revoke: the role (reviewer, ...)</source><translation>grant, revoke: the role (reviewer, ...)</translation></message><message><source>install | grant | revoke | list</source><translation>install | grant | revoke | list</translation></message><message><source>roles: say what to do: install, grant LOGIN ROLE, revoke LOGIN ROLE or list.</source><translation>roles: say what to do: install, grant LOGIN ROLE, revoke LOGIN ROLE or list.</translation></message></context><context><name>mianshen::cli::StaffCommand</name><message><source>%1 is disabled.</source><translation>%1 is disabled.</translation></message><message><source>%1 may sign in again.</source><translation>%1 may sign in again.</translation></message><message><source>NAME</source><translation>NAME</translation></message><message><source>New password for %1: </source><translation>New password for %1: </translation></message><message><source>No password given (or the two did not match): nothing changed.</source><translation>No password given (or the two did not match): nothing changed.</translation></message><message><source>ROLES</source><translation>ROLES</translation></message><message><source>Staff account %1 created with the roles %2.</source><translation>Staff account %1 created with the roles %2.</translation></message><message><source>Staff accounts of a SQLite desk: staff add|list|passwd|disable|enable.</source><translation>Staff accounts of a SQLite desk: staff add|list|passwd|disable|enable.</translation></message><message><source>The password of %1 is changed.</source><translation>The password of %1 is changed.</translation></message><message><source>The same password again: </source><translation>The same password again: </translation></message><message><source>Unknown role "%1": use one of %2.</source><translation>Unknown role "%1": use one of %2.</translation></message><message><source>add | list | passwd | disable | enable</source><translation>add | list | passwd | disable | enable</translation></message><message><source>add: roles, comma-separated (data_clerk, policy_author, policy_approver, reviewer, payment_officer, payment_approver, manager, administrator).</source><translation>add: roles, comma-separated (data_clerk, policy_author, policy_approver, reviewer, payment_officer, payment_approver, manager, administrator).</translation></message><message><source>add: the person's name as shown.</source><translation>add: the person's name as shown.</translation></message><message><source>staff: say what to do: add LOGIN, list, passwd LOGIN, disable LOGIN or enable LOGIN.</source><translation>staff: say what to do: add LOGIN, list, passwd LOGIN, disable LOGIN or enable LOGIN.</translation></message><message><source>the staff member's login</source><translation>the staff member's login</translation></message></context><context><name>mianshen::itemmodels::ColumnTitles</name><message><source>Account</source><translation>Account</translation></message><message><source>Account holder</source><translation>Account holder</translation></message><message><source>Account import no.</source><translation>Account import no.</translation></message><message><source>Action</source><translation>Action</translation></message><message><source>After</source><translation>After</translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>Amount changed</source><translation>Amount changed</translation></message><message><source>Approvals needed</source><translation>Approvals needed</translation></message><message><source>Approved</source><translation>Approved</translation></message><message><source>Approved by</source><translation>Approved by</translation></message><message><source>Award month</source><translation>Award month</translation></message><message><source>Award no.</source><translation>Award no.</translation></message><message><source>Bank</source><translation>Bank</translation></message><message><source>Batch no.</source><translation>Batch no.</translation></message><message><source>Before</source><translation>Before</translation></message><message><source>By</source><translation>By</translation></message><message><source>Change</source><translation>Change</translation></message><message><source>Column</source><translation>Column</translation></message><message><source>Condition</source><translation>Condition</translation></message><message><source>Created</source><translation>Created</translation></message><message><source>Created by</source><translation>Created by</translation></message><message><source>Decided at</source><translation>Decided at</translation></message><message><source>Decided in run</source><translation>Decided in run</translation></message><message><source>Decisions written</source><translation>Decisions written</translation></message><message><source>Deleted</source><translation>Deleted</translation></message><message><source>Duration (ms)</source><translation>Duration (ms)</translation></message><message><source>Entity</source><translation>Entity</translation></message><message><source>Entity no.</source><translation>Entity no.</translation></message><message><source>Errors</source><translation>Errors</translation></message><message><source>Evaluate (ms)</source><translation>Evaluate (ms)</translation></message><message><source>Evaluated</source><translation>Evaluated</translation></message><message><source>Evaluated in run</source><translation>Evaluated in run</translation></message><message><source>Evaluations</source><translation>Evaluations</translation></message><message><source>Expired at</source><translation>Expired at</translation></message><message><source>Explanation</source><translation>Explanation</translation></message><message><source>Exported</source><translation>Exported</translation></message><message><source>Failed at</source><translation>Failed at</translation></message><message><source>Failure reason</source><translation>Failure reason</translation></message><message><source>Feed</source><translation>Feed</translation></message><message><source>File</source><translation>File</translation></message><message><source>File version</source><translation>File version</translation></message><message><source>Fingerprint</source><translation>Fingerprint</translation></message><message><source>Finished</source><translation>Finished</translation></message><message><source>Flags</source><translation>Flags</translation></message><message><source>For</source><translation>For</translation></message><message><source>For review</source><translation>For review</translation></message><message><source>Hash</source><translation>Hash</translation></message><message><source>Import no.</source><translation>Import no.</translation></message><message><source>In effect from</source><translation>In effect from</translation></message><message><source>In effect until</source><translation>In effect until</translation></message><message><source>Ineligible</source><translation>Ineligible</translation></message><message><source>Inputs</source><translation>Inputs</translation></message><message><source>Inserted</source><translation>Inserted</translation></message><message><source>Line</source><translation>Line</translation></message><message><source>Load (ms)</source><translation>Load (ms)</translation></message><message><source>Message</source><translation>Message</translation></message><message><source>Mode</source><translation>Mode</translation></message><message><source>Month</source><translation>Month</translation></message><message><source>Newly qualifying</source><translation>Newly qualifying</translation></message><message><source>No longer qualifying</source><translation>No longer qualifying</translation></message><message><source>No.</source><translation>No.</translation></message><message><source>Not met</source><translation>Not met</translation></message><message><source>Outcome</source><translation>Outcome</translation></message><message><source>Over budget</source><translation>Over budget</translation></message><message><source>Paid at</source><translation>Paid at</translation></message><message><source>Payment no.</source><translation>Payment no.</translation></message><message><source>Payments</source><translation>Payments</translation></message><message><source>Period</source><translation>Period</translation></message><message><source>Policies</source><translation>Policies</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Policy file</source><translation>Policy file</translation></message><message><source>Policy version</source><translation>Policy version</translation></message><message><source>Previous amount</source><translation>Previous amount</translation></message><message><source>Previous hash</source><translation>Previous hash</translation></message><message><source>Problem code</source><translation>Problem code</translation></message><message><source>Published at</source><translation>Published at</translation></message><message><source>Published by</source><translation>Published by</translation></message><message><source>Quarantine mode</source><translation>Quarantine mode</translation></message><message><source>Quarantined</source><translation>Quarantined</translation></message><message><source>Re-evaluated</source><translation>Re-evaluated</translation></message><message><source>Reason</source><translation>Reason</translation></message><message><source>Reason (Chinese)</source><translation>Reason (Chinese)</translation></message><message><source>Reason (English)</source><translation>Reason (English)</translation></message><message><source>Reconciled</source><translation>Reconciled</translation></message><message><source>Record</source><translation>Record</translation></message><message><source>Resolved at</source><translation>Resolved at</translation></message><message><source>Resolved by</source><translation>Resolved by</translation></message><message><source>Result</source><translation>Result</translation></message><message><source>Retry of</source><translation>Retry of</translation></message><message><source>Reviewer</source><translation>Reviewer</translation></message><message><source>Role</source><translation>Role</translation></message><message><source>Rows read</source><translation>Rows read</translation></message><message><source>Run no.</source><translation>Run no.</translation></message><message><source>SHA-256</source><translation>SHA-256</translation></message><message><source>Schedule</source><translation>Schedule</translation></message><message><source>Second approver</source><translation>Second approver</translation></message><message><source>Sent</source><translation>Sent</translation></message><message><source>Severity</source><translation>Severity</translation></message><message><source>Skipped</source><translation>Skipped</translation></message><message><source>Started</source><translation>Started</translation></message><message><source>Started by</source><translation>Started by</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Subject</source><translation>Subject</translation></message><message><source>Subjects</source><translation>Subjects</translation></message><message><source>Threads</source><translation>Threads</translation></message><message><source>Time</source><translation>Time</translation></message><message><source>Title (Chinese)</source><translation>Title (Chinese)</translation></message><message><source>Title (English)</source><translation>Title (English)</translation></message><message><source>Total</source><translation>Total</translation></message><message><source>Updated</source><translation>Updated</translation></message><message><source>Value</source><translation>Value</translation></message><message><source>Version</source><translation>Version</translation></message><message><source>Warnings</source><translation>Warnings</translation></message><message><source>Withdrawn at</source><translation>Withdrawn at</translation></message><message><source>Withdrawn by</source><translation>Withdrawn by</translation></message><message><source>Write (ms)</source><translation>Write (ms)</translation></message><message><source>approved</source><translation>approved</translation></message><message><source>auto-approved</source><translation>auto-approved</translation></message><message><source>cancelled</source><translation>cancelled</translation></message><message><source>changed</source><translation>changed</translation></message><message><source>completed</source><translation>completed</translation></message><message><source>confirmed</source><translation>confirmed</translation></message><message><source>created</source><translation>created</translation></message><message><source>delta</source><translation>delta</translation></message><message><source>enterprise</source><translation>enterprise</translation></message><message><source>error</source><translation>error</translation></message><message><source>expired</source><translation>expired</translation></message><message><source>exported</source><translation>exported</translation></message><message><source>failed</source><translation>failed</translation></message><message><source>for review</source><translation>for review</translation></message><message><source>imported</source><translation>imported</translation></message><message><source>monthly</source><translation>monthly</translation></message><message><source>new</source><translation>new</translation></message><message><source>no longer qualifying</source><translation>no longer qualifying</translation></message><message><source>one-off</source><translation>one-off</translation></message><message><source>over budget</source><translation>over budget</translation></message><message><source>paid</source><translation>paid</translation></message><message><source>person</source><translation>person</translation></message><message><source>proposed</source><translation>proposed</translation></message><message><source>published</source><translation>published</translation></message><message><source>reconciled</source><translation>reconciled</translation></message><message><source>rejected</source><translation>rejected</translation></message><message><source>running</source><translation>running</translation></message><message><source>sent</source><translation>sent</translation></message><message><source>settled</source><translation>settled</translation></message><message><source>skipped</source><translation>skipped</translation></message><message><source>snapshot</source><translation>snapshot</translation></message><message><source>warning</source><translation>warning</translation></message><message><source>withdrawn</source><translation>withdrawn</translation></message><message><source>written off</source><translation>written off</translation></message></context><context><name>mianshen::ledger::LedgerQueries</name><message><source>There is no payment batch %1.</source><translation>There is no payment batch %1.</translation></message></context><context><name>mianshen::staff::Authorization</name><message><source> or </source><translation> or </translation></message><message><source>%1 may not %2: that needs the role %3. Ask a colleague who holds it, or an administrator to grant it.</source><translation>%1 may not %2: that needs the role %3. Ask a colleague who holds it, or an administrator to grant it.</translation></message><message><source>Administrator</source><translation>Administrator</translation></message><message><source>Data clerk</source><translation>Data clerk</translation></message><message><source>Manager</source><translation>Manager</translation></message><message><source>Payment approver</source><translation>Payment approver</translation></message><message><source>Payment officer</source><translation>Payment officer</translation></message><message><source>Policy approver</source><translation>Policy approver</translation></message><message><source>Policy author</source><translation>Policy author</translation></message><message><source>Refused by the two-person rule "%1": %2 may not do both. Another person who holds the role must do it.</source><translation>Refused by the two-person rule "%1": %2 may not do both. Another person who holds the role must do it.</translation></message><message><source>Reviewer</source><translation>Reviewer</translation></message><message><source>The roles of %1 could not be read from the server: run `mianshen roles install` first.</source><translation>The roles of %1 could not be read from the server: run `mianshen roles install` first.</translation></message><message><source>The roles of %1 could not be read.</source><translation>The roles of %1 could not be read.</translation></message><message><source>The staff accounts could not be read.</source><translation>The staff accounts could not be read.</translation></message></context><context><name>mianshen::staff::PasswordHash</name><message><source>The password could not be hashed (Argon2id: %1).</source><translation>The password could not be hashed (Argon2id: %1).</translation></message><message><source>The password must have at least 10 characters.</source><translation>The password must have at least 10 characters.</translation></message><message><source>The password must not be the login.</source><translation>The password must not be the login.</translation></message><message><source>This is not an Argon2id password hash.</source><translation>This is not an Argon2id password hash.</translation></message></context><context><name>mianshen::staff::PersonalData</name><message><source>The reveal could not be recorded, so the data stays masked: %1</source><translation>The reveal could not be recorded, so the data stays masked: %1</translation></message></context><context><name>mianshen::staff::PostgresRoles</name><message><source>Cannot start a transaction: %1</source><translation>Cannot start a transaction: %1</translation></message><message><source>Roles are installed on a PostgreSQL database; a SQLite desk uses `mianshen staff`.</source><translation>Roles are installed on a PostgreSQL database; a SQLite desk uses `mianshen staff`.</translation></message><message><source>Server roles exist on PostgreSQL only; a SQLite desk uses `mianshen staff`.</source><translation>Server roles exist on PostgreSQL only; a SQLite desk uses `mianshen staff`.</translation></message><message><source>The role change could not be saved: %1</source><translation>The role change could not be saved: %1</translation></message><message><source>The roles could not be installed: %1</source><translation>The roles could not be installed: %1</translation></message><message><source>The roles could not be read: %1</source><translation>The roles could not be read: %1</translation></message><message><source>The server refused "%1": %2</source><translation>The server refused "%1": %2</translation></message><message><source>The tables could not be listed: %1</source><translation>The tables could not be listed: %1</translation></message></context><context><name>mianshen::staff::RoleRules</name><message><source>One-person desk: this database has a single staff account, so no sign-in is asked.</source><translation>One-person desk: this database has a single staff account, so no sign-in is asked.</translation></message><message><source>Roles are not set up on this database yet: everyone acts with every role. Create the administrator (SQLite: mianshen staff add; PostgreSQL: mianshen roles install).</source><translation>Roles are not set up on this database yet: everyone acts with every role. Create the administrator (SQLite: mianshen staff add; PostgreSQL: mianshen roles install).</translation></message><message><source>The roles of the database could not be read.</source><translation>The roles of the database could not be read.</translation></message><message><source>The staff accounts could not be read.</source><translation>The staff accounts could not be read.</translation></message><message><source>approve a payment batch</source><translation>approve a payment batch</translation></message><message><source>confirm a recovery</source><translation>confirm a recovery</translation></message><message><source>create a payment batch</source><translation>create a payment batch</translation></message><message><source>decide a review case</source><translation>decide a review case</translation></message><message><source>edit a policy draft</source><translation>edit a policy draft</translation></message><message><source>export a bank file</source><translation>export a bank file</translation></message><message><source>import a feed</source><translation>import a feed</translation></message><message><source>load a bank return file</source><translation>load a bank return file</translation></message><message><source>manage staff and roles</source><translation>manage staff and roles</translation></message><message><source>publish a policy</source><translation>publish a policy</translation></message><message><source>run the matching</source><translation>run the matching</translation></message><message><source>show personal data</source><translation>show personal data</translation></message><message><source>submit a policy draft for approval</source><translation>submit a policy draft for approval</translation></message><message><source>view the audit log</source><translation>view the audit log</translation></message><message><source>view the statistics</source><translation>view the statistics</translation></message><message><source>withdraw a policy</source><translation>withdraw a policy</translation></message></context><context><name>mianshen::staff::StaffAccounts</name><message><source>%1 is the last administrator: make another administrator first.</source><translation>%1 is the last administrator: make another administrator first.</translation></message><message><source>Give %1 at least one role.</source><translation>Give %1 at least one role.</translation></message><message><source>Give the display name of %1.</source><translation>Give the display name of %1.</translation></message><message><source>On PostgreSQL the staff are the server's own logins: create them on the server and give them roles with `mianshen roles grant LOGIN ROLE`.</source><translation>On PostgreSQL the staff are the server's own logins: create them on the server and give them roles with `mianshen roles grant LOGIN ROLE`.</translation></message><message><source>The account %1 is disabled: ask an administrator.</source><translation>The account %1 is disabled: ask an administrator.</translation></message><message><source>The first account is the administrator: give it the role %1.</source><translation>The first account is the administrator: give it the role %1.</translation></message><message><source>The login "%1" is not valid: use 2 to 40 letters, digits, '.', '-' or '_'.</source><translation>The login "%1" is not valid: use 2 to 40 letters, digits, '.', '-' or '_'.</translation></message><message><source>The login %1 exists already.</source><translation>The login %1 exists already.</translation></message><message><source>The sign-in could not be recorded: %1</source><translation>The sign-in could not be recorded: %1</translation></message><message><source>The staff accounts could not be changed (%1): %2</source><translation>The staff accounts could not be changed (%1): %2</translation></message><message><source>The staff accounts could not be changed: %1</source><translation>The staff accounts could not be changed: %1</translation></message><message><source>The staff accounts could not be read: %1</source><translation>The staff accounts could not be read: %1</translation></message><message><source>The staff accounts could not be saved: %1</source><translation>The staff accounts could not be saved: %1</translation></message><message><source>There is no staff account %1.</source><translation>There is no staff account %1.</translation></message><message><source>Wrong login or password. Each failure makes the next attempt wait longer.</source><translation>Wrong login or password. Each failure makes the next attempt wait longer.</translation></message></context><context><name>mianshen::ui::AdministrationPage</name><message><source>%1 no longer holds the role %2.</source><translation>%1 no longer holds the role %2.</translation></message><message><source>%1 now holds the role %2.</source><translation>%1 now holds the role %2.</translation></message><message><source>&amp;Add the account</source><translation>&amp;Add the account</translation></message><message><source>&amp;Disable the account</source><translation>&amp;Disable the account</translation></message><message><source>&amp;Enable the account</source><translation>&amp;Enable the account</translation></message><message><source>&amp;Reset the password</source><translation>&amp;Reset the password</translation></message><message><source>A case that needs four eyes gets its two approvals from two different reviewers.</source><translation>A case that needs four eyes gets its two approvals from two different reviewers.</translation></message><message><source>Active</source><translation>Active</translation></message><message><source>Administration</source><translation>Administration</translation></message><message><source>Administration: staff and roles</source><translation>Administration: staff and roles</translation></message><message><source>Last sign-in</source><translation>Last sign-in</translation></message><message><source>Last sign-ins and attempts</source><translation>Last sign-ins and attempts</translation></message><message><source>Login</source><translation>Login</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>No database is open.</source><translation>No database is open.</translation></message><message><source>On PostgreSQL the staff are the server's logins: create them and set their passwords on the server; here they get and lose their roles (group roles mianshen_*).</source><translation>On PostgreSQL the staff are the server's logins: create them and set their passwords on the server; here they get and lose their roles (group roles mianshen_*).</translation></message><message><source>One person may hold both roles of a pair; the rule then holds for each policy, batch or case.</source><translation>One person may hold both roles of a pair; the rule then holds for each policy, batch or case.</translation></message><message><source>Result</source><translation>Result</translation></message><message><source>Roles are enforced: each person may do only what their roles allow.</source><translation>Roles are enforced: each person may do only what their roles allow.</translation></message><message><source>Select an account first.</source><translation>Select an account first.</translation></message><message><source>Staff (tick a role to grant it, untick to revoke it)</source><translation>Staff (tick a role to grant it, untick to revoke it)</translation></message><message><source>The account %1 is disabled: it can no longer sign in.</source><translation>The account %1 is disabled: it can no longer sign in.</translation></message><message><source>The account %1 is enabled again.</source><translation>The account %1 is enabled again.</translation></message><message><source>The account %1 was added.</source><translation>The account %1 was added.</translation></message><message><source>The author of a policy version does not approve its publication: a policy approver who did not write it must.</source><translation>The author of a policy version does not approve its publication: a policy approver who did not write it must.</translation></message><message><source>The creator of a payment batch does not approve it: another payment approver must.</source><translation>The creator of a payment batch does not approve it: another payment approver must.</translation></message><message><source>The password of %1 was reset: tell them the new one in person.</source><translation>The password of %1 was reset: tell them the new one in person.</translation></message><message><source>The sign-in attempts could not be read: %1</source><translation>The sign-in attempts could not be read: %1</translation></message><message><source>Two-person rules (always enforced)</source><translation>Two-person rules (always enforced)</translation></message><message><source>When (UTC)</source><translation>When (UTC)</translation></message><message><source>disabled</source><translation>disabled</translation></message><message><source>login</source><translation>login</translation></message><message><source>name</source><translation>name</translation></message><message><source>never</source><translation>never</translation></message><message><source>new password</source><translation>new password</translation></message><message><source>password</source><translation>password</translation></message><message><source>refused</source><translation>refused</translation></message><message><source>signed in</source><translation>signed in</translation></message><message><source>yes</source><translation>yes</translation></message><message><source>Client and state</source><translation>Client and state</translation></message><message><source>Last sign-ins and attempts (this desk: %1, since %2)</source><translation>Last sign-ins and attempts (this desk: %1, since %2)</translation></message><message><source>Last sign-ins and attempts (this desk: nobody signed in)</source><translation>Last sign-ins and attempts (this desk: nobody signed in)</translation></message><message><source>Sessions open on the server</source><translation>Sessions open on the server</translation></message><message><source>Since (UTC)</source><translation>Since (UTC)</translation></message></context><context><name>mianshen::ui::BudgetPanel</name><message numerus="yes"><source>%1 (%n award(s))</source><translation><numerusform>%1 (%n award)</numerusform><numerusform>%1 (%n awards)</numerusform></translation></message><message><source>%1% used</source><translation>%1% used</translation></message><message><source>Budget</source><translation>Budget</translation></message><message><source>Committed</source><translation>Committed</translation></message><message><source>Every budget has more than 30% left.</source><translation>Every budget has more than 30% left.</translation></message><message><source>Held</source><translation>Held</translation></message><message><source>Nearly spent: %1% of the budget is used</source><translation>Nearly spent: %1% of the budget is used</translation></message><message><source>Paid</source><translation>Paid</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Remaining</source><translation>Remaining</translation></message><message><source>Used</source><translation>Used</translation></message><message><source>Warning</source><translation>Warning</translation></message><message><source>Warning: %1% of the budget is used</source><translation>Warning: %1% of the budget is used</translation></message><message><source>no limit</source><translation>no limit</translation></message></context><context><name>mianshen::ui::ExpressionEdit</name><message><source>Column %1: %2</source><translation>Column %1: %2</translation></message></context><context><name>mianshen::ui::FirstAdministratorDialog</name><message><source>&amp;Create and sign in</source><translation>&amp;Create and sign in</translation></message><message><source>&amp;Later</source><translation>&amp;Later</translation></message><message><source>&amp;Login:</source><translation>&amp;Login:</translation></message><message><source>&amp;Name:</source><translation>&amp;Name:</translation></message><message><source>&amp;Password:</source><translation>&amp;Password:</translation></message><message><source>&amp;Repeat the password:</source><translation>&amp;Repeat the password:</translation></message><message><source>Create the administrator</source><translation>Create the administrator</translation></message><message><source>The two passwords differ: type the same password twice.</source><translation>The two passwords differ: type the same password twice.</translation></message><message><source>This database has no staff accounts yet, so everyone at this desk acts with every role. Create the administrator now: the administrator then adds the staff and gives them their roles on the Administration page.</source><translation>This database has no staff accounts yet, so everyone at this desk acts with every role. Create the administrator now: the administrator then adds the staff and gives them their roles on the Administration page.</translation></message></context><context><name>mianshen::ui::MetadataForm</name><message><source> months</source><translation> months</translation></message><message><source>Amount</source><translation>Amount</translation></message><message><source>Amount label (中文 | English)</source><translation>Amount label (中文 | English)</translation></message><message><source>Budget (yuan)</source><translation>Budget (yuan)</translation></message><message><source>Code and version</source><translation>Code and version</translation></message><message><source>Department (中文 | English)</source><translation>Department (中文 | English)</translation></message><message><source>Enterprise</source><translation>Enterprise</translation></message><message><source>From a decision table (Tables tab)</source><translation>From a decision table (Tables tab)</translation></message><message><source>In effect from | until</source><translation>In effect from | until</translation></message><message><source>Legal basis: address</source><translation>Legal basis: address</translation></message><message><source>Legal basis: document | article</source><translation>Legal basis: document | article</translation></message><message><source>Legal basis: title (中文 | English)</source><translation>Legal basis: title (中文 | English)</translation></message><message><source>Monthly</source><translation>Monthly</translation></message><message><source>Not stacked with (group, rank)</source><translation>Not stacked with (group, rank)</translation></message><message><source>One-off (once per subject)</source><translation>One-off (once per subject)</translation></message><message><source>Pays</source><translation>Pays</translation></message><message><source>Person</source><translation>Person</translation></message><message><source>Schedule</source><translation>Schedule</translation></message><message><source>Title (中文 | English)</source><translation>Title (中文 | English)</translation></message><message><source>ascending</source><translation>ascending</translation></message><message><source>at most </source><translation>at most </translation></message><message><source>descending</source><translation>descending</translation></message><message><source>no limit</source><translation>no limit</translation></message><message><source>open-ended</source><translation>open-ended</translation></message><message><source>served first: expression, e.g. the contract date</source><translation>served first: expression, e.g. the contract date</translation></message></context><context><name>mianshen::ui::NoticeDialog</name><message><source> days</source><translation> days</translation></message><message numerus="yes"><source>%n line(s), total %1. Displayed %2 to %3.</source><translation><numerusform>%n line, total %1. Displayed %2 to %3.</numerusform><numerusform>%n lines, total %1. Displayed %2 to %3.</numerusform></translation></message><message><source>Batch </source><translation>Batch </translation></message><message><source>Choose a notice list first.</source><translation>Choose a notice list first.</translation></message><message><source>Decided on</source><translation>Decided on</translation></message><message><source>Displayed from</source><translation>Displayed from</translation></message><message><source>Excel workbook (*.xlsx)</source><translation>Excel workbook (*.xlsx)</translation></message><message><source>Export .xlsx…</source><translation>Export .xlsx…</translation></message><message><source>Export PDF…</source><translation>Export PDF…</translation></message><message><source>Export the public notice</source><translation>Export the public notice</translation></message><message><source>Filter the list (name, id, period)…</source><translation>Filter the list (name, id, period)…</translation></message><message><source>Note on the outcome</source><translation>Note on the outcome</translation></message><message><source>Objection recorded.</source><translation>Objection recorded.</translation></message><message><source>Objections received</source><translation>Objections received</translation></message><message><source>Outcome of the selected objection:</source><translation>Outcome of the selected objection:</translation></message><message><source>Outcome recorded.</source><translation>Outcome recorded.</translation></message><message><source>PDF (*.pdf)</source><translation>PDF (*.pdf)</translation></message><message><source>Payment batch</source><translation>Payment batch</translation></message><message><source>Policy and month</source><translation>Policy and month</translation></message><message><source>Public notice (公示)</source><translation>Public notice (公示)</translation></message><message><source>Raised by</source><translation>Raised by</translation></message><message><source>Received on</source><translation>Received on</translation></message><message><source>Record objection</source><translation>Record objection</translation></message><message><source>Select the objection whose outcome you record.</source><translation>Select the objection whose outcome you record.</translation></message><message><source>Set outcome</source><translation>Set outcome</translation></message><message><source>The month of the payments</source><translation>The month of the payments</translation></message><message><source>The whole list</source><translation>The whole list</translation></message><message><source>What it is about: the whole list or one line of it</source><translation>What it is about: the whole list or one line of it</translation></message><message><source>What the objection says</source><translation>What the objection says</translation></message><message><source>Wrote %1.</source><translation>Wrote %1.</translation></message><message><source>dismissed</source><translation>dismissed</translation></message><message><source>pending</source><translation>pending</translation></message><message><source>public notice %1 %2</source><translation>public notice %1 %2</translation></message><message><source>public notice batch %1 %2</source><translation>public notice batch %1 %2</translation></message><message><source>upheld</source><translation>upheld</translation></message><message><source>withdrawn</source><translation>withdrawn</translation></message></context><context><name>mianshen::ui::PaymentJobStrip</name><message numerus="yes"><source>%1 (%n s)</source><translation><numerusform>%1 (%n s)</numerusform><numerusform>%1 (%n s)</numerusform></translation></message><message><source>Cancel</source><translation>Cancel</translation></message></context><context><name>mianshen::ui::PolicyEditorDialog</name><message><source>%1: %2</source><translation>%1: %2</translation></message><message numerus="yes"><source>%n error(s)</source><translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation></message><message numerus="yes"><source>%n warning(s)</source><translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation></message><message><source>&amp;Approve &amp;&amp; Publish</source><translation>&amp;Approve &amp;&amp; Publish</translation></message><message><source>&amp;Conditions</source><translation>&amp;Conditions</translation></message><message><source>&amp;Definitions</source><translation>&amp;Definitions</translation></message><message><source>&amp;Exclusions</source><translation>&amp;Exclusions</translation></message><message><source>&amp;Policy</source><translation>&amp;Policy</translation></message><message><source>&amp;Tables</source><translation>&amp;Tables</translation></message><message><source>&amp;What If…</source><translation>&amp;What If…</translation></message><message><source>A new policy: there is no published version to compare with.</source><translation>A new policy: there is no published version to compare with.</translation></message><message><source>A note for the approver (optional):</source><translation>A note for the approver (optional):</translation></message><message><source>Approve and Publish</source><translation>Approve and Publish</translation></message><message><source>C&amp;hanges</source><translation>C&amp;hanges</translation></message><message><source>Cannot read %1: %2</source><translation>Cannot read %1: %2</translation></message><message><source>Cannot write %1: %2</source><translation>Cannot write %1: %2</translation></message><message><source>Close</source><translation>Close</translation></message><message><source>Draft %1 is %2: it can no longer be changed.</source><translation>Draft %1 is %2: it can no longer be changed.</translation></message><message><source>Draft %1 of %2 (%3), by %4, revision %5</source><translation>Draft %1 of %2 (%3), by %4, revision %5</translation></message><message><source>E&amp;xport File…</source><translation>E&amp;xport File…</translation></message><message><source>Export the Policy File</source><translation>Export the Policy File</translation></message><message><source>F&amp;ile</source><translation>F&amp;ile</translation></message><message><source>I&amp;mport File…</source><translation>I&amp;mport File…</translation></message><message><source>Import a Policy File</source><translation>Import a Policy File</translation></message><message><source>No change against version %1.</source><translation>No change against version %1.</translation></message><message><source>No findings: the policy loads and checks clean.</source><translation>No findings: the policy loads and checks clean.</translation></message><message><source>Policy Editor</source><translation>Policy Editor</translation></message><message><source>Policy Editor — %1</source><translation>Policy Editor — %1</translation></message><message><source>Policy files (*.json)</source><translation>Policy files (*.json)</translation></message><message><source>Preview the draft on the real data: who would get what, against the published version</source><translation>Preview the draft on the real data: who would get what, against the published version</translation></message><message><source>Publish %1 "%2"? Matching runs of its effective months will use it.</source><translation>Publish %1 "%2"? Matching runs of its effective months will use it.</translation></message><message><source>Published as version %1.</source><translation>Published as version %1.</translation></message><message><source>Review &amp;Flags</source><translation>Review &amp;Flags</translation></message><message><source>S&amp;ubmit for Approval…</source><translation>S&amp;ubmit for Approval…</translation></message><message><source>Send &amp;Back…</source><translation>Send &amp;Back…</translation></message><message><source>Send Back</source><translation>Send Back</translation></message><message><source>Submit for Approval</source><translation>Submit for Approval</translation></message><message><source>Te&amp;sts</source><translation>Te&amp;sts</translation></message><message><source>The draft's file cannot be shown in the forms (%1). Export it, correct it and import it again.</source><translation>The draft's file cannot be shown in the forms (%1). Export it, correct it and import it again.</translation></message><message><source>What If</source><translation>What If</translation></message><message><source>What must the author change?</source><translation>What must the author change?</translation></message><message><source>a new version of version %1</source><translation>a new version of version %1</translation></message><message><source>comment: %1</source><translation>comment: %1</translation></message><message><source>saving…</source><translation>saving…</translation></message></context><context><name>mianshen::ui::RecoveryPanel</name><message><source>Amount</source><translation>Amount</translation></message><message><source>Confirm</source><translation>Confirm</translation></message><message><source>Evidence</source><translation>Evidence</translation></message><message><source>Find Recoveries</source><translation>Find Recoveries</translation></message><message><source>Look through the newest data for paid payments that were wrong and propose recovery orders.</source><translation>Look through the newest data for paid payments that were wrong and propose recovery orders.</translation></message><message><source>Month</source><translation>Month</translation></message><message><source>No.</source><translation>No.</translation></message><message><source>Policy</source><translation>Policy</translation></message><message><source>Reason</source><translation>Reason</translation></message><message><source>Settled…</source><translation>Settled…</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Subject</source><translation>Subject</translation></message><message><source>Write Off…</source><translation>Write Off…</translation></message><message><source>death before the month paid</source><translation>death before the month paid</translation></message><message><source>duplicate subsidy</source><translation>duplicate subsidy</translation></message><message><source>listed as seriously dishonest</source><translation>listed as seriously dishonest</translation></message></context><context><name>mianshen::ui::RuleListEditor</name><message><source>A decision table: edit it on the Tables tab.</source><translation>A decision table: edit it on the Tables tab.</translation></message><message><source>Add</source><translation>Add</translation></message><message><source>Chinese</source><translation>Chinese</translation></message><message><source>Down</source><translation>Down</translation></message><message><source>English</source><translation>English</translation></message><message><source>Expression</source><translation>Expression</translation></message><message><source>Id</source><translation>Id</translation></message><message><source>Label (中文 | English)</source><translation>Label (中文 | English)</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>Remove</source><translation>Remove</translation></message><message><source>Up</source><translation>Up</translation></message></context><context><name>mianshen::ui::SignInDialog</name><message><source>&amp;Login:</source><translation>&amp;Login:</translation></message><message><source>&amp;Password:</source><translation>&amp;Password:</translation></message><message><source>&amp;Sign in</source><translation>&amp;Sign in</translation></message><message><source>Enter your login and your password.</source><translation>Enter your login and your password.</translation></message><message><source>Sign in to Mianshen</source><translation>Sign in to Mianshen</translation></message><message><source>This database has staff accounts. Sign in with yours: what you may do follows your roles, and every change is recorded in your name.</source><translation>This database has staff accounts. Sign in with yours: what you may do follows your roles, and every change is recorded in your name.</translation></message><message numerus="yes"><source>Waiting %n second(s) after the failed attempts…</source><translation><numerusform>Waiting %n second after the failed attempts…</numerusform><numerusform>Waiting %n seconds after the failed attempts…</numerusform></translation></message></context><context><name>mianshen::ui::SignInGate</name><message><source>No staff accounts yet: everyone acts with every role</source><translation>No staff accounts yet: everyone acts with every role</translation></message><message><source>One-person desk: sign-in skipped (%1)</source><translation>One-person desk: sign-in skipped (%1)</translation></message><message><source>Roles not installed on this server: every login acts with every role</source><translation>Roles not installed on this server: every login acts with every role</translation></message><message><source>Signed in: %1</source><translation>Signed in: %1</translation></message></context><context><name>mianshen::ui::TableEditor</name><message><source>Add Input</source><translation>Add Input</translation></message><message><source>Add Rule</source><translation>Add Rule</translation></message><message><source>Default</source><translation>Default</translation></message><message><source>Expression</source><translation>Expression</translation></message><message><source>First matching rule</source><translation>First matching rule</translation></message><message><source>Hit</source><translation>Hit</translation></message><message><source>Input</source><translation>Input</translation></message><message><source>Label (English)</source><translation>Label (English)</translation></message><message><source>Label (中文)</source><translation>Label (中文)</translation></message><message><source>Largest of matching rules</source><translation>Largest of matching rules</translation></message><message><source>New Table</source><translation>New Table</translation></message><message><source>Remove Rule</source><translation>Remove Rule</translation></message><message><source>Result</source><translation>Result</translation></message><message><source>Sum of matching rules</source><translation>Sum of matching rules</translation></message><message><source>Table</source><translation>Table</translation></message><message><source>The amount</source><translation>The amount</translation></message><message><source>This policy has no decision table. New Table adds one as a definition.</source><translation>This policy has no decision table. New Table adds one as a definition.</translation></message><message><source>none: no rule matching gives zero</source><translation>none: no rule matching gives zero</translation></message></context><context><name>mianshen::ui::TestCaseEditor</name><message><source>%1 passed, %2 failed</source><translation>%1 passed, %2 failed</translation></message><message><source>&amp;Run Tests</source><translation>&amp;Run Tests</translation></message><message><source>Add Case</source><translation>Add Case</translation></message><message><source>Add Record</source><translation>Add Record</translation></message><message><source>Amount (yuan)</source><translation>Amount (yuan)</translation></message><message><source>Eligible</source><translation>Eligible</translation></message><message><source>FAILED: %1</source><translation>FAILED: %1</translation></message><message><source>Failed</source><translation>Failed</translation></message><message><source>Flags</source><translation>Flags</translation></message><message><source>Name</source><translation>Name</translation></message><message><source>Period</source><translation>Period</translation></message><message><source>Records of the feed</source><translation>Records of the feed</translation></message><message><source>Remove Case</source><translation>Remove Case</translation></message><message><source>Remove Record</source><translation>Remove Record</translation></message><message><source>Result</source><translation>Result</translation></message><message><source>Run every case (F5)</source><translation>Run every case (F5)</translation></message><message><source>Subject</source><translation>Subject</translation></message><message><source>passed</source><translation>passed</translation></message></context><context><name>mianshen::staff::StaffSessions</name><message><source>The server's sessions could not be read: %1</source><translation>The server's sessions could not be read: %1</translation></message><message><source>The sign-in attempts could not be read: %1</source><translation>The sign-in attempts could not be read: %1</translation></message><message><source>this desk</source><translation>this desk</translation></message></context></TS>