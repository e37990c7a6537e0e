<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a whole number (examples: 5, &gt;=10, !=0).</source>
        <translation>Filter for &quot;%1&quot;: &quot;%2&quot; is not a whole number (examples: 5, &gt;=10, !=0).</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</source>
        <translation>Filter for &quot;%1&quot;: &quot;%2&quot; is not an amount in yuan with at most two decimals (examples: 1000, &gt;=2500.50).</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a number with at most two decimals (examples: 3, &gt;1.5).</source>
        <translation>Filter for &quot;%1&quot;: &quot;%2&quot; is not a number with at most two decimals (examples: 3, &gt;1.5).</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: write yes or no (1/0, 是/否).</source>
        <translation>Filter for &quot;%1&quot;: write yes or no (1/0, 是/否).</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: only = and != compare text; type part of the value to search.</source>
        <translation>Filter for &quot;%1&quot;: only = and != compare text; type part of the value to search.</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</source>
        <translation>Filter for &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, e.g. &gt;=2021-01-01).</translation>
    </message>
    <message>
        <source>Filter for &quot;%1&quot;: &quot;%2&quot; is not a month (YYYY-MM, e.g. &lt;2021-07).</source>
        <translation>Filter for &quot;%1&quot;: &quot;%2&quot; is not a month (YYYY-MM, e.g. &lt;2021-07).</translation>
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
</context>
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
</context>
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
        <source>Sorting %1 rows by &quot;%2&quot; would take long for every page: filter the rows to at most %3 first, then sort.</source>
        <translation>Sorting %1 rows by &quot;%2&quot; would take long for every page: filter the rows to at most %3 first, then sort.</translation>
    </message>
</context>
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
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>The database has no table &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no key to page by.</source>
        <translation>The table &quot;%1&quot; has no key to page by.</translation>
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
        <source>Column %1: unknown type &quot;%2&quot;.</source>
        <translation>Column %1: unknown type &quot;%2&quot;.</translation>
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
        <source>%1: unknown subject kind &quot;%2&quot;.</source>
        <translation>%1: unknown subject kind &quot;%2&quot;.</translation>
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
        <source>Feed %1: &quot;op&quot; and &quot;import_id&quot; are reserved names.</source>
        <translation>Feed %1: &quot;op&quot; and &quot;import_id&quot; are reserved names.</translation>
    </message>
</context>
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
</context>
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
        <source>policy preview: the period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>policy preview: the period must be a month written YYYY-MM, not &quot;%1&quot;.</translation>
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
        <source>&quot;mianshen COMMAND --help&quot; shows the options of a command.</source>
        <translation>&quot;mianshen COMMAND --help&quot; shows the options of a command.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</translation>
    </message>
    <message>
        <source>Mianshen (免申即享): subsidies without applying. Imports the departments&apos; data feeds, matches the published policies against every person and enterprise, and pays.</source>
        <translation>Mianshen (免申即享): subsidies without applying. Imports the departments&apos; data feeds, matches the published policies against every person and enterprise, and pays.</translation>
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
        <source>The command&apos;s own arguments.</source>
        <translation>The command&apos;s own arguments.</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[arguments...]</translation>
    </message>
    <message>
        <source>&quot;mianshen --help&quot; lists the options and commands.</source>
        <translation>&quot;mianshen --help&quot; lists the options and commands.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. &quot;mianshen --help&quot; lists the commands.</source>
        <translation>Unknown command &quot;%1&quot;. &quot;mianshen --help&quot; lists the commands.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs a database: mianshen --db PATH_OR_URL %1 ...</source>
        <translation>The command &quot;%1&quot; needs a database: mianshen --db PATH_OR_URL %1 ...</translation>
    </message>
    <message>
        <source>The language of the commands&apos; messages: zh or en (default: the system&apos;s).</source>
        <translation>The language of the commands&apos; messages: zh or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>--lang must be zh or en, not &quot;%1&quot;.</source>
        <translation>--lang must be zh or en, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>mianshen::cli::DecisionsCommand</name>
    <message>
        <source>Write a period&apos;s award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</source>
        <translation>Write a period&apos;s award decisions as CSV (policy,subject_id,period,amount_fen,status,flags).</translation>
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
</context>
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
</context>
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
        <source>Create the database&apos;s tables, or bring them up to this program&apos;s version.</source>
        <translation>Create the database&apos;s tables, or bring them up to this program&apos;s version.</translation>
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
        <source>Language of messages and explanations: zh or en (default: the system&apos;s).</source>
        <translation>Language of messages and explanations: zh or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>zh|en</source>
        <translation>zh|en</translation>
    </message>
    <message>
        <source>test: print every test&apos;s explanation, not only the failures&apos;.</source>
        <translation>test: print every test&apos;s explanation, not only the failures&apos;.</translation>
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
        <source>policy: unknown verb &quot;%1&quot; (expected check or test).</source>
        <translation>policy: unknown verb &quot;%1&quot; (expected check or test).</translation>
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
</context>
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
        <source>zh or en (default: the system&apos;s).</source>
        <translation>zh or en (default: the system&apos;s).</translation>
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
</context>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>The period must be a month written YYYY-MM, not &quot;%1&quot;.</translation>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>The period must be a month written YYYY-MM, not &quot;%1&quot;.</translation>
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
        <source>The period must be a month written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>The period must be a month written YYYY-MM, not &quot;%1&quot;.</translation>
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
        <source>read the run&apos;s changes</source>
        <translation>read the run&apos;s changes</translation>
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
        <source>write the run&apos;s policy summaries</source>
        <translation>write the run&apos;s policy summaries</translation>
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
        <source>read the policies&apos; latest states</source>
        <translation>read the policies&apos; latest states</translation>
    </message>
    <message>
        <source>read the counts by failed condition</source>
        <translation>read the counts by failed condition</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>The database could not %1: %2</translation>
    </message>
</context>
<context>
    <name>mianshen::rules::SnapshotBuilder</name>
    <message>
        <source>unknown feed &quot;%1&quot;</source>
        <translation>unknown feed &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feed &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>feed &quot;%1&quot; has no column &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): &quot;%3&quot; is not a valid value: %4</source>
        <translation>column &quot;%1&quot; (%2): &quot;%3&quot; is not a valid value: %4</translation>
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
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// address.</source>
        <translation>&quot;%1&quot; is neither a file path nor a postgresql:// address.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2</source>
        <translation>The address &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>Unknown SSL mode &quot;%1&quot; (use one of: %2).</source>
        <translation>Unknown SSL mode &quot;%1&quot; (use one of: %2).</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>The port &quot;%1&quot; is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the address (known: sslmode, host, port, user, password, dbname).</source>
        <translation>Unknown setting &quot;%1&quot; in the address (known: sslmode, host, port, user, password, dbname).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>mianshen::store::Database</name>
    <message>
        <source>The user name or password is wrong: the server %1 did not accept user &quot;%2&quot; with this password.</source>
        <translation>The user name or password is wrong: the server %1 did not accept user &quot;%2&quot; with this password.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for user &quot;%2&quot;: enter the password.</source>
        <translation>The server %1 asks for a password for user &quot;%2&quot;: enter the password.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the server %2: check the user name.</source>
        <translation>There is no user &quot;%1&quot; on the server %2: check the user name.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the server %2: check the database name, or ask the administrator to create it.</source>
        <translation>There is no database &quot;%1&quot; on the server %2: check the database name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted (SSL) connections, but the SSL mode &quot;%2&quot; requires one: ask the administrator, or choose another SSL mode.</source>
        <translation>The server %1 does not offer encrypted (SSL) connections, but the SSL mode &quot;%2&quot; requires one: ask the administrator, or choose another SSL mode.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: set the SSL mode to &quot;require&quot;.</source>
        <translation>The server %1 accepts only encrypted connections: set the SSL mode to &quot;require&quot;.</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for user &quot;%2&quot; and database &quot;%3&quot;: ask the administrator to allow it.</source>
        <translation>The server %1 does not accept connections from this computer for user &quot;%2&quot; and database &quot;%3&quot;: ask the administrator to allow it.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not known: check its spelling and the network.</source>
        <translation>The server name &quot;%1&quot; is not known: check its spelling and the network.</translation>
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
        <source>Could not connect to the database &quot;%1&quot; on the server %2.</source>
        <translation>Could not connect to the database &quot;%1&quot; on the server %2.</translation>
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
        <source>The database file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;). Keep the file on a local disk.</source>
        <translation>The database file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;). Keep the file on a local disk.</translation>
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
        <source>The migration file name &quot;%1&quot; is not of the form NNNN_name.sql.</source>
        <translation>The migration file name &quot;%1&quot; is not of the form NNNN_name.sql.</translation>
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
        <source>The program&apos;s migrations are broken: %1</source>
        <translation>The program&apos;s migrations are broken: %1</translation>
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
</context>
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
        <source>Enter the server&apos;s name or address.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
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
        <source>This database holds no feed data yet. Import the departments&apos; CSV files on the Data page (Ctrl+2), or drop them onto this window.</source>
        <translation>This database holds no feed data yet. Import the departments&apos; CSV files on the Data page (Ctrl+2), or drop them onto this window.</translation>
    </message>
</context>
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
</context>
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
</context>
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
</context>
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
        <source>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments&apos; data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mianshen %1&lt;/h3&gt;&lt;p&gt;免申即享 — subsidies without applying.&lt;/p&gt;&lt;p&gt;Imports the departments&apos; data feeds, checks every published policy against every person and enterprise, and decides, with reasons, who receives a subsidy without having to apply.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
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
</context>
</TS>
