<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>rain</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>sewage</source>
        <translation>污水</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合流</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <source>Usage: pipeward-cli [--lang zh_CN|en] [--json] COMMAND ...</source>
        <translation>用法：pipeward-cli [--lang zh_CN|en] [--json] 命令 ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  import PROJECT SOURCE... [--as pipes|manholes|districts] [--profile P] [--encoding E]</source>
        <translation>  import 项目 数据源... [--as pipes|manholes|districts] [--profile 配置] [--encoding 编码]</translation>
    </message>
    <message>
        <source>         [--assume-crs EPSG:n] [--tolerance M] [--user NAME]</source>
        <translation>         [--assume-crs EPSG:n] [--tolerance 米] [--user 姓名]</translation>
    </message>
    <message>
        <source>                                            import pipes, manholes or districts</source>
        <translation>                                            导入管道、检查井或行政区</translation>
    </message>
    <message>
        <source>  info PROJECT                              counts and lengths per district, CRS, import history</source>
        <translation>  info 项目                                 各区数量与长度、坐标系、导入记录</translation>
    </message>
    <message>
        <source>  check PROJECT [--run N]                   the faults imports found</source>
        <translation>  check 项目 [--run N]                      导入发现的问题</translation>
    </message>
    <message>
        <source>  profiles                                  the field-mapping profiles</source>
        <translation>  profiles                                  字段映射配置</translation>
    </message>
    <message>
        <source>  inspection add|list|edit|delete PROJECT [ID] --pipe CODE --date D [--method cctv|qv|sonar|visual]</source>
        <translation>  inspection add|list|edit|delete 项目 [编号] --pipe 管段 --date 日期 [--method cctv|qv|sonar|visual]</translation>
    </message>
    <message>
        <source>  defect add|list|edit|delete PROJECT [ID] --inspection N --code PL --grade 3 --distance M</source>
        <translation>  defect add|list|edit|delete 项目 [编号] --inspection 检测编号 --code PL --grade 3 --distance 米</translation>
    </message>
    <message>
        <source>  misconnection add|list|edit|delete PROJECT [ID] (--manhole C | --pipe C | --at X,Y) --type KEY</source>
        <translation>  misconnection add|list|edit|delete 项目 [编号] (--manhole 井号 | --pipe 管段 | --at X,Y) --type 类型</translation>
    </message>
    <message>
        <source>         [--source KIND] [--inflow-diameter MM] [--flow M3D] [--nh3n MG] [--cod MG] [--weather dry|rain]</source>
        <translation>         [--source 来源] [--inflow-diameter 毫米] [--flow 立方米每天] [--nh3n 毫克每升] [--cod 毫克每升] [--weather dry|rain]</translation>
    </message>
    <message>
        <source>  import-inspections PROJECT FILE.csv [--date D] [--method M] [--direction D] [--team T] [--encoding E]</source>
        <translation>  import-inspections 项目 文件.csv [--date 日期] [--method 方法] [--direction 方向] [--team 班组] [--encoding 编码]</translation>
    </message>
    <message>
        <source>                                            CCTV results, all rows or none</source>
        <translation>                                            导入 CCTV 检测结果，全部成功或全部不导入</translation>
    </message>
    <message>
        <source>  assess PROJECT [--pipe CODE] [--district NAME]   CJJ 181 grades, RI, MI; misconnection density</source>
        <translation>  assess 项目 [--pipe 管段] [--district 行政区]   CJJ 181 等级、修复指数、养护指数；混接密度</translation>
    </message>
    <message>
        <source>  trace up|down PROJECT (--pipe CODE | --manhole CODE)   follow the flow, list findings on the way</source>
        <translation>  trace up|down 项目 (--pipe 管段 | --manhole 井号)   沿水流追踪，列出沿途问题</translation>
    </message>
    <message>
        <source>  audit PROJECT ENTITY ID                   the changes to one record</source>
        <translation>  audit 项目 对象 编号                      一条记录的修改历史</translation>
    </message>
    <message>
        <source>  order create PROJECT (--defect ID | --misconnection ID)... [--kind K] [--priority P] [--assignee A]</source>
        <translation>  order create 项目 (--defect 编号 | --misconnection 编号)... [--kind 类型] [--priority 优先级] [--assignee 承办方]</translation>
    </message>
    <message>
        <source>         [--deadline D] [--description T] [--cost C]   raise a draft order from findings</source>
        <translation>         [--deadline 期限] [--description 说明] [--cost 费用]   由问题记录创建工单草稿</translation>
    </message>
    <message>
        <source>  order bulk PROJECT --district D --findings structural|functional|misconnection [--min-grade N]</source>
        <translation>  order bulk 项目 --district 行政区 --findings structural|functional|misconnection [--min-grade 等级]</translation>
    </message>
    <message>
        <source>         [--assignee A] [--priority P] [--deadline D] [--description T]</source>
        <translation>         [--assignee 承办方] [--priority 优先级] [--deadline 期限] [--description 说明]</translation>
    </message>
    <message>
        <source>                                            one order per pipe or point not yet in an open order</source>
        <translation>                                            对尚无未结工单的问题，每条管段或每个混接点建一张工单</translation>
    </message>
    <message>
        <source>  order edit PROJECT ORDER [--assignee A] [--priority P] [--deadline D] [--description T] [--cost C]</source>
        <translation>  order edit 项目 工单 [--assignee 承办方] [--priority 优先级] [--deadline 期限] [--description 说明] [--cost 费用]</translation>
    </message>
    <message>
        <source>         [--actual-cost C]                  change an open order (ORDER: its number or id)</source>
        <translation>         [--actual-cost 费用]               修改未结工单（工单：工单号或编号）</translation>
    </message>
    <message>
        <source>  order assign PROJECT ORDER --assignee A    give an open order to a team or contractor</source>
        <translation>  order assign 项目 工单 --assignee 单位    将未完结工单指派给班组或施工单位</translation>
    </message>
    <message>
        <source>  order issue|accept|start|submit|return|close|suspend|resume|cancel PROJECT ORDER [--note T]</source>
        <translation>  order issue|accept|start|submit|return|close|suspend|resume|cancel 项目 工单 [--note 意见]</translation>
    </message>
    <message>
        <source>         [--deadline D] [--evidence FILE]... [--signed-by NAME] [--actual-cost C] [--version N]</source>
        <translation>         [--deadline 新期限] [--evidence 文件]... [--signed-by 签字人] [--actual-cost 费用] [--version 版本]</translation>
    </message>
    <message>
        <source>                                            a workflow step; --version: the version you saw</source>
        <translation>                                            工单流转的一步；--version：您看到的版本</translation>
    </message>
    <message>
        <source>  order list PROJECT [--district D] [--state S] [--overdue] [--open] [--assignee A] [--priority P]</source>
        <translation>  order list 项目 [--district 行政区] [--state 状态] [--overdue] [--open] [--assignee 承办方] [--priority 优先级]</translation>
    </message>
    <message>
        <source>         [--kind K]                         the orders, soonest deadline first</source>
        <translation>         [--kind 类型]                      工单列表，期限最近的在前</translation>
    </message>
    <message>
        <source>  order show PROJECT ORDER                  fields, findings, timeline, what still blocks closure</source>
        <translation>  order show 项目 工单                      工单详情、关联问题、流转记录及尚阻碍销号的问题</translation>
    </message>
    <message>
        <source>  todo PROJECT                              your own work, most pressing first</source>
        <translation>  todo 项目                                 我的待办，最紧迫的在前</translation>
    </message>
    <message>
        <source>  kpi PROJECT [--period 2026-03|2026-Q1|2026|FROM..TO] [--district D]</source>
        <translation>  kpi 项目 [--period 2026-03|2026-Q1|2026|起..止] [--district 行政区]</translation>
    </message>
    <message>
        <source>                                            district KPIs in rank order (default: this month)</source>
        <translation>                                            各区考核指标及排名（默认：本月）</translation>
    </message>
    <message>
        <source>  kpi-orders PROJECT --metric M [--period P] [--district D]   the orders behind one KPI number</source>
        <translation>  kpi-orders 项目 --metric 指标 [--period 期间] [--district 行政区]   某项指标数字对应的工单</translation>
    </message>
    <message>
        <source>         M: due, closed_of_due, closed_on_time, late_open, overdue, closed_in_period, submitted,</source>
        <translation>         指标：due, closed_of_due, closed_on_time, late_open, overdue, closed_in_period, submitted,</translation>
    </message>
    <message>
        <source>            returned, open:STATE</source>
        <translation>               returned, open:状态</translation>
    </message>
    <message>
        <source>  order-rules show|set PROJECT [FILE.json]  default priorities and deadlines (set: city administrators)</source>
        <translation>  order-rules show|set 项目 [文件.json]     工单默认优先级与期限（set：仅市级管理员）</translation>
    </message>
    <message>
        <source>  report district|city PROJECT [--district D] [--period P] [--format pdf|xlsx] --out FILE</source>
        <translation>  report district|city 项目 [--district 区] [--period 周期] [--format pdf|xlsx] --out 文件</translation>
    </message>
    <message>
        <source>                                            the printed district report or city summary</source>
        <translation>                                            区整改报告或全市汇总报告（打印版）</translation>
    </message>
    <message>
        <source>  report separation PROJECT [--year Y] [--district D] [--top N] [--format pdf|xlsx] --out FILE</source>
        <translation>  report separation 项目文件 [--year 年度] [--district 行政区] [--top N] [--format pdf|xlsx] --out 文件</translation>
    </message>
    <message>
        <source>                                            the separation programme: projects, budgets, progress,</source>
        <translation>                                            雨污分流改造计划：项目、估算投资、进度，</translation>
    </message>
    <message>
        <source>                                            the N best candidate areas for the next one (default 10)</source>
        <translation>                                            以及下一批改造的前 N 个候选片区（默认 10 个）</translation>
    </message>
    <message>
        <source>  report ledger|defects|misconnections PROJECT [--district D] --out FILE.xlsx</source>
        <translation>  report ledger|defects|misconnections 项目 [--district 区] --out 文件.xlsx</translation>
    </message>
    <message>
        <source>                                            the order ledger and the registers as Excel workbooks</source>
        <translation>                                            整改台账、缺陷登记表、混接点登记表（Excel 工作簿）</translation>
    </message>
    <message>
        <source>  area import PROJECT SOURCE [--profile P] [--encoding E] [--assume-crs EPSG:n]</source>
        <translation>  area import 项目 数据源 [--profile 字段配置] [--encoding 编码] [--assume-crs EPSG:n]</translation>
    </message>
    <message>
        <source>                                            community areas from a polygon file, all rows or none</source>
        <translation>                                            从面文件导入小区范围，全部导入或全部不导入</translation>
    </message>
    <message>
        <source>  area add PROJECT --name N --wkt POLYGON((...)) [--address A] [--build-year Y] [--households N]</source>
        <translation>  area add 项目 --name 名称 --wkt POLYGON((...)) [--address 地址] [--build-year 年份] [--households 户数]</translation>
    </message>
    <message>
        <source>         [--kind old_residential|campus|block]   an area drawn in the project CRS</source>
        <translation>         [--kind old_residential|campus|block]   按项目坐标系绘制的范围</translation>
    </message>
    <message>
        <source>  area list|show PROJECT [AREA] [--district D]   areas; show: misconnections, combined pipes,</source>
        <translation>  area list|show 项目 [范围] [--district 区]   范围列表；show：混接点、合流管、</translation>
    </message>
    <message>
        <source>                                            mixed-flow manholes, where the flow ends, open orders</source>
        <translation>                                            混流检查井、水流去向、未完成工单</translation>
    </message>
    <message>
        <source>  separation create PROJECT --name N --year Y --areas 1,2 [--scope auto|none] [--scope-add E:ID]...</source>
        <translation>  separation create 项目 --name 名称 --year 年度 --areas 1,2 [--scope auto|none] [--scope-add 类别:编号]...</translation>
    </message>
    <message>
        <source>         [--notes T]                        a separation project (planners, city administrators)</source>
        <translation>         [--notes 备注]                     新建雨污分流项目（规划人员、市级管理员）</translation>
    </message>
    <message>
        <source>  separation list|show PROJECT [ID] [--year Y] [--status S]   budget and progress</source>
        <translation>  separation list|show 项目 [编号] [--year 年度] [--status 状态]   预算与进度</translation>
    </message>
    <message>
        <source>  separation edit PROJECT ID [--name N] [--year Y] [--notes T] [--scope-add E:ID]... [--scope-remove E:ID]...</source>
        <translation>  separation edit 项目 编号 [--name 名称] [--year 年度] [--notes 备注] [--scope-add 类别:编号]... [--scope-remove 类别:编号]...</translation>
    </message>
    <message>
        <source>  separation advance PROJECT ID [--to STATUS] [--note T]   next status, or back one step with a note</source>
        <translation>  separation advance 项目 编号 [--to 状态] [--note 说明]   进入下一状态，或附说明退回一步</translation>
    </message>
    <message>
        <source>  plan rank PROJECT [--district D] [--top N] [--select 1,2,3]   candidate areas ranked; totals</source>
        <translation>  plan rank 项目 [--district 区] [--top N] [--select 1,2,3]   候选范围排序及所选合计</translation>
    </message>
    <message>
        <source>  plan costs show|set PROJECT [FILE.json]   unit costs and ranking weights</source>
        <translation>  plan costs show|set 项目 [文件.json]   单价与排序权重</translation>
    </message>
    <message>
        <source>  export PROJECT LAYER OUTPUT [--format gpkg|shp|geojson|csv] [--encoding GBK|UTF-8] [--district D]</source>
        <translation>  export 项目 图层 输出文件 [--format gpkg|shp|geojson|csv] [--encoding GBK|UTF-8] [--district 区县]</translation>
    </message>
    <message>
        <source>         [--type rain|sewage|combined] [--state S] [--overdue] [--grade N] [--min-grade N] [--ids 1,2,3]</source>
        <translation>         [--type rain|sewage|combined] [--state 状态] [--overdue] [--grade N] [--min-grade N] [--ids 1,2,3]</translation>
    </message>
    <message>
        <source>         [--overwrite]   LAYER: pipes, manholes, districts, defects, misconnections, orders, import_issues</source>
        <translation>         [--overwrite]   图层：pipes 管段、manholes 检查井、districts 区县、defects 缺陷、misconnections 混接点、orders 工单、import_issues 导入问题</translation>
    </message>
    <message>
        <source>Usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Run &apos;pipeward-cli --help&apos; for the commands.</source>
        <translation>运行 &apos;pipeward-cli --help&apos; 查看命令。</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>  init PROJECT [--crs EPSG:n] [--user ADMIN]  create a project file (ADMIN: its first administrator)</source>
        <translation>  init 项目 [--crs EPSG:n] [--user 管理员]      创建项目文件（管理员：其第一位管理员）</translation>
    </message>
    <message>
        <source>         [--team T] [--district D] [--display-name N]   who works with the project</source>
        <translation>         [--team 班组] [--district 行政区] [--display-name 姓名]   项目的用户</translation>
    </message>
    <message>
        <source>Every command that changes the project acts as --user NAME, else $PIPEWARD_USER, else the project&apos;s</source>
        <translation>修改项目的命令以 --user 指定的用户身份执行，否则为 $PIPEWARD_USER，否则为项目的</translation>
    </message>
    <message>
        <source>first administrator (init --user NAME names it); the user&apos;s role decides what is allowed.</source>
        <translation>第一位管理员（由 init --user 指定）；用户角色决定允许的操作。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage error, 2 bad input, 3 internal error, 4 cancelled, 5 not permitted,</source>
        <translation>退出码：0 成功，1 用法错误，2 输入有误，3 内部错误，4 已取消，5 无权限，</translation>
    </message>
    <message>
        <source>6 conflict (someone else changed the record first).</source>
        <translation>6 冲突（他人已先修改该记录）。</translation>
    </message>
    <message>
        <source>Not permitted: %1</source>
        <translation>无权限：%1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>No faults recorded.</source>
        <translation>没有记录的问题。</translation>
    </message>
    <message>
        <source>%1 faults: %2 errors (features not imported), %3 warnings</source>
        <translation>共 %1 个问题：%2 个错误（要素未导入），%3 个警告</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--as takes pipes, manholes or districts, not %1</source>
        <translation>--as 只能是 pipes、manholes 或 districts，而不是 %1</translation>
    </message>
    <message>
        <source>Project CRS set to EPSG:%1 (%2): %3</source>
        <translation>项目坐标系设为 EPSG:%1（%2）：%3</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <source>  profile:   %1 (%2)</source>
        <translation>  字段配置： %1（%2）</translation>
    </message>
    <message>
        <source>  encoding:  %1 (%2)</source>
        <translation>  编码：     %1（%2）</translation>
    </message>
    <message>
        <source>  CRS:       %1 (%2)</source>
        <translation>  坐标系：   %1（%2）</translation>
    </message>
    <message>
        <source>misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>import issues</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>unknown layer %1: use pipes, manholes, districts, defects, misconnections, orders or import_issues</source>
        <translation>未知图层 %1：请用 pipes、manholes、districts、defects、misconnections、orders 或 import_issues</translation>
    </message>
    <message>
        <source>unknown format %1: use gpkg, shp, geojson or csv</source>
        <translation>未知格式 %1：请用 gpkg、shp、geojson 或 csv</translation>
    </message>
    <message>
        <source>the format cannot be told from the name %1: end it in .gpkg, .shp, .geojson or .csv, or give --format</source>
        <translation>无法从文件名 %1 判断格式：请以 .gpkg、.shp、.geojson 或 .csv 结尾，或指定 --format</translation>
    </message>
    <message>
        <source>--encoding takes GBK or UTF-8, not %1</source>
        <translation>--encoding 应为 GBK 或 UTF-8，而不是 %1</translation>
    </message>
    <message>
        <source>--encoding GBK applies to shapefiles only; %1 files are always UTF-8</source>
        <translation>--encoding GBK 仅适用于 Shapefile；%1 文件总是 UTF-8 编码</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>已导出 %1 条%2到 %3</translation>
    </message>
    <message>
        <source>  format:    %1, coordinates in %2, text in %3</source>
        <translation>  格式：    %1，坐标系 %2，文本编码 %3</translation>
    </message>
    <message>
        <source>  files:     %1</source>
        <translation>  文件：    %1</translation>
    </message>
    <message>
        <source>  field %1 stands for %2 (listed in the .fields.csv beside the file)</source>
        <translation>  字段 %1 即 %2（对照表见同名 .fields.csv 文件）</translation>
    </message>
    <message>
        <source>  note:      %1</source>
        <translation>  备注：     %1</translation>
    </message>
    <message>
        <source>  features:  %1 read, %2 new, %3 updated, %4 not imported</source>
        <translation>  要素：     读取 %1，新增 %2，更新 %3，未导入 %4</translation>
    </message>
    <message>
        <source>No faults found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Faults found: %1 errors (features not imported), %2 warnings</source>
        <translation>发现问题：%1 个错误（要素未导入），%2 个警告</translation>
    </message>
    <message>
        <source>  ... %1 more &apos;%2&apos; faults; &apos;pipeward-cli check %3&apos; lists them all</source>
        <translation>  ……另有 %1 个“%2”问题；&apos;pipeward-cli check %3&apos; 可列出全部</translation>
    </message>
    <message>
        <source>(outside every district)</source>
        <translation>（不在任何行政区内）</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>CRS: EPSG:%1 %2</source>
        <translation>坐标系：EPSG:%1 %2</translation>
    </message>
    <message>
        <source>CRS: not set yet (the first import sets it)</source>
        <translation>坐标系：尚未设置（由第一次导入确定）</translation>
    </message>
    <message>
        <source>%1 districts, %2 pipes (%3 km), %4 manholes</source>
        <translation>%1 个行政区，%2 段管道（%3 公里），%4 座检查井</translation>
    </message>
    <message>
        <source>district</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>length km</source>
        <translation>长度(公里)</translation>
    </message>
    <message>
        <source>drainage</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Import history:</source>
        <translation>导入记录：</translation>
    </message>
    <message>
        <source>run</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Assessment by %1 (%2 inspected pipes)</source>
        <translation>按 %1 评估（%2 段已检测管道）</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>管段</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <source>defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>structural</source>
        <translation>结构性等级</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>功能性等级</translation>
    </message>
    <message>
        <source>RI</source>
        <translation>修复指数</translation>
    </message>
    <message>
        <source>RI grade</source>
        <translation>修复等级</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>养护指数</translation>
    </message>
    <message>
        <source>MI grade</source>
        <translation>养护等级</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>修复建议</translation>
    </message>
    <message>
        <source>inspected km</source>
        <translation>已检测公里</translation>
    </message>
    <message>
        <source>structural I/II/III/IV</source>
        <translation>结构等级 Ⅰ/Ⅱ/Ⅲ/Ⅳ</translation>
    </message>
    <message>
        <source>RI III-IV</source>
        <translation>修复等级Ⅲ-Ⅳ</translation>
    </message>
    <message>
        <source>defects/km (1/2/3/4)</source>
        <translation>每公里缺陷（1/2/3/4级）</translation>
    </message>
    <message>
        <source>misconnections</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>per km</source>
        <translation>每公里</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>混接程度</translation>
    </message>
    <message>
        <source>rain outfall</source>
        <translation>雨水排口</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>trace takes up or down, not %1</source>
        <translation>trace 只能是 up 或 down，而不是 %1</translation>
    </message>
    <message>
        <source>Downstream: %1 pipes, %2 m, ending at %3</source>
        <translation>下游：%1 段管道，%2 米，终止于 %3</translation>
    </message>
    <message>
        <source>Upstream: %1 pipes, %2 m, starting from %3</source>
        <translation>上游：%1 段管道，%2 米，起始于 %3</translation>
    </message>
    <message>
        <source>Note: the recorded flow forms a loop along this trace.</source>
        <translation>注意：沿此追踪路径，记录的水流方向构成环路。</translation>
    </message>
    <message>
        <source>Misconnections on the way: %1</source>
        <translation>沿途混接点：%1</translation>
    </message>
    <message>
        <source>Defects on the way: %1</source>
        <translation>沿途缺陷：%1</translation>
    </message>
    <message>
        <source>Imported %1 defects in %2 inspections (%3 photos) from %4 rows (%5)</source>
        <translation>已从 %4 行导入 %2 次检测的 %1 个缺陷（%3 张照片，%5）</translation>
    </message>
    <message>
        <source>No changes recorded for %1 %2</source>
        <translation>%1 %2 没有修改记录</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>after</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 takes add, list, edit or delete</source>
        <translation>%1 只能是 add、list、edit 或 delete</translation>
    </message>
    <message>
        <source>Added inspection %1 of pipe %2</source>
        <translation>已添加管段 %2 的检测 %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Updated inspection %1</source>
        <translation>已更新检测 %1</translation>
    </message>
    <message>
        <source>Deleted inspection %1 and its defects</source>
        <translation>已删除检测 %1 及其缺陷</translation>
    </message>
    <message>
        <source>option %1 is required here</source>
        <translation>此处必须给出选项 %1</translation>
    </message>
    <message>
        <source>Added defect %1: %2 %3 grade %4 at %5 m</source>
        <translation>已添加缺陷 %1：%2 %3 %4 级，距离 %5 米</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>distance m</source>
        <translation>距离(米)</translation>
    </message>
    <message>
        <source>length m</source>
        <translation>长度(米)</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Updated defect %1</source>
        <translation>已更新缺陷 %1</translation>
    </message>
    <message>
        <source>Deleted defect %1</source>
        <translation>已删除缺陷 %1</translation>
    </message>
    <message>
        <source>Added misconnection %1 (%2)</source>
        <translation>已添加混接点 %1（%2）</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>at</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>决定指标</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated misconnection %1</source>
        <translation>已更新混接点 %1</translation>
    </message>
    <message>
        <source>Deleted misconnection %1</source>
        <translation>已删除混接点 %1</translation>
    </message>
    <message>
        <source>Created project %1 in EPSG:%2 (%3).</source>
        <translation>已新建项目 %1，坐标系 EPSG:%2（%3）。</translation>
    </message>
    <message>
        <source>Created project %1; its CRS will be taken from the first import.</source>
        <translation>已新建项目 %1；坐标系将取自第一次导入。</translation>
    </message>
    <message>
        <source>name          role              team / district   active</source>
        <translation>用户名        角色              班组/行政区       启用</translation>
    </message>
    <message>
        <source>Imported areas from %1: %2 new, %3 updated (%4 features)</source>
        <translation>已从 %1 导入范围：新增 %2 个，更新 %3 个（共 %4 个要素）</translation>
    </message>
    <message>
        <source>  profile:   %1</source>
        <translation>  字段配置：%1</translation>
    </message>
    <message>
        <source>  fields:    %1</source>
        <translation>  字段：    %1</translation>
    </message>
    <message>
        <source>  warning: feature %1: %2</source>
        <translation>  警告：第 %1 号要素：%2</translation>
    </message>
    <message>
        <source>Added area %1 (id %2) in %3: %4 m²</source>
        <translation>已添加范围 %1（编号 %2），位于%3：%4 m²</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>无行政区</translation>
    </message>
    <message>
        <source>No areas. Import them with area import, or draw them with area add.</source>
        <translation>没有范围。请用 area import 导入，或用 area add 绘制。</translation>
    </message>
    <message>
        <source>built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area %1 (id %2): %3, %4</source>
        <translation>范围 %1（编号 %2）：%3，%4</translation>
    </message>
    <message>
        <source>  address %1, built %2, %3 households, %4 m²</source>
        <translation>  地址 %1，建成于 %2，%3 户，%4 m²</translation>
    </message>
    <message>
        <source>  pipes: %1 (%2 m), combined: %3 (%4 m); mixed-flow manholes: %5</source>
        <translation>  管段：%1 段（%2 m），其中合流管 %3 段（%4 m）；混流检查井：%5 座</translation>
    </message>
    <message>
        <source>  misconnection points: %1, open %2 (dry-weather flow %3 m³/d, highest degree %4); defects: %5</source>
        <translation>  混接点：%1 处，未整改 %2 处（旱天水量 %3 m³/d，最高程度 %4）；缺陷：%5 处</translation>
    </message>
    <message>
        <source>flow m³/d</source>
        <translation>水量 m³/d</translation>
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
        <source>  mixed-flow manholes: %1</source>
        <translation>  混流检查井：%1</translation>
    </message>
    <message>
        <source>  the flow ends at:</source>
        <translation>  水流去向（终点）：</translation>
    </message>
    <message>
        <source>  open orders: %1</source>
        <translation>  未完成工单：%1</translation>
    </message>
    <message>
        <source>Candidate areas (score = %1 × open misconnection points + %2 × their dry-weather flow m³/d + %3 × highest degree)</source>
        <translation>候选范围（得分 = %1 × 未整改混接点数 + %2 × 其旱天水量 m³/d + %3 × 最高混接程度）</translation>
    </message>
    <message>
        <source>area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>open points</source>
        <translation>未整改混接点</translation>
    </message>
    <message>
        <source>combined m</source>
        <translation>合流管 m</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>所属项目</translation>
    </message>
    <message>
        <source>Selection of %1 area(s): %2 combined pipes, %3 m; %4 open misconnection points; %5 households</source>
        <translation>所选 %1 个范围：合流管 %2 段，%3 m；未整改混接点 %4 处；%5 户</translation>
    </message>
    <message>
        <source>The project now uses the separation costs of %1</source>
        <translation>项目现采用 %1 中的雨污分流单价</translation>
    </message>
    <message>
        <source>Separation costs from %1:</source>
        <translation>雨污分流单价（来自 %1）：</translation>
    </message>
    <message>
        <source>area takes import, add, list or show, not &apos;%1&apos;</source>
        <translation>area 只接受 import、add、list 或 show，不接受“%1”</translation>
    </message>
    <message>
        <source>plan takes rank or costs, not &apos;%1&apos;</source>
        <translation>plan 只接受 rank 或 costs，不接受“%1”</translation>
    </message>
    <message>
        <source>User %1 deactivated</source>
        <translation>用户 %1 已停用</translation>
    </message>
    <message>
        <source>--role takes field_team, district_manager, planner or city_admin, not %1</source>
        <translation>--role 需要 field_team、district_manager、planner 或 city_admin，而不是 %1</translation>
    </message>
    <message>
        <source>Added user %1 (%2)</source>
        <translation>已添加用户 %1（%2）</translation>
    </message>
    <message>
        <source>due in the period</source>
        <translation>期内到期</translation>
    </message>
    <message>
        <source>due and closed</source>
        <translation>到期且已销号</translation>
    </message>
    <message>
        <source>due and closed on time</source>
        <translation>到期且按期销号</translation>
    </message>
    <message>
        <source>due, past the deadline and not closed</source>
        <translation>到期、已过期限且未销号</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>closed in the period</source>
        <translation>期内销号</translation>
    </message>
    <message>
        <source>submitted in the period</source>
        <translation>期内提交验收</translation>
    </message>
    <message>
        <source>returned in the period</source>
        <translation>期内退回</translation>
    </message>
    <message>
        <source>open, %1</source>
        <translation>未结，%1</translation>
    </message>
    <message>
        <source>Rectification KPIs for %1 (%2 to %3), as of %4</source>
        <translation>整改考核指标 %1（%2 至 %3），截至 %4</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>days to close</source>
        <translation>平均整改天数</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>open by state</source>
        <translation>未结工单（按状态）</translation>
    </message>
    <message>
        <source>defects/km grade 1/2/3/4</source>
        <translation>每公里缺陷数 1/2/3/4 级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Completed: due orders closed / due. On time: closed by the deadline / (closed + late and open).</source>
        <translation>整改完成率：到期工单中已销号数 / 到期数。按期整改率：按期销号数 / （已销号数 + 逾期未销号数）。</translation>
    </message>
    <message>
        <source>Returned: returns / submissions. &apos;pipeward-cli kpi-orders&apos; lists the orders behind a number.</source>
        <translation>退回率：退回次数 / 提交验收次数。&apos;pipeward-cli kpi-orders&apos; 可列出某个数字对应的工单。</translation>
    </message>
    <message>
        <source>Orders counted as &quot;%1&quot; (%2, %3): %4</source>
        <translation>计入“%1”的工单（%2，%3）：%4 张</translation>
    </message>
    <message>
        <source>defect %1 (deleted)</source>
        <translation>缺陷 %1（已删除）</translation>
    </message>
    <message>
        <source>defect %1: pipe %2, %3 %4 grade %5 at %6 m (inspected %7)</source>
        <translation>缺陷 %1：管段 %2，%3 %4 %5 级，距离 %6 米（检测日期 %7）</translation>
    </message>
    <message>
        <source>misconnection %1 (deleted)</source>
        <translation>混接点 %1（已删除）</translation>
    </message>
    <message>
        <source>manhole %1</source>
        <translation>检查井 %1</translation>
    </message>
    <message>
        <source>pipe %1</source>
        <translation>管段 %1</translation>
    </message>
    <message>
        <source>misconnection %1: %2 at %3, %4, %5</source>
        <translation>混接点 %1：%2，位于 %3，%4，%5</translation>
    </message>
    <message>
        <source>Created order %1 (draft) in %2: %3, priority %4, deadline %5, assignee %6</source>
        <translation>已创建工单 %1（草稿），%2：%3，优先级 %4，期限 %5，承办方 %6</translation>
    </message>
    <message>
        <source>No %1 findings of grade %2 or worse in %3 are without an open order; no order was created</source>
        <translation>%3 没有尚无未结工单的 %2 级及以上 %1 问题；未创建工单</translation>
    </message>
    <message>
        <source>Draft orders created in %1: %2</source>
        <translation>已在 %1 创建工单草稿：%2 张</translation>
    </message>
    <message>
        <source>Updated order %1 (version %2)</source>
        <translation>已修改工单 %1（版本 %2）</translation>
    </message>
    <message>
        <source>Not yet verified resolved:</source>
        <translation>尚未核实整改完成：</translation>
    </message>
    <message>
        <source>Re-inspect (inspection add), or close with --signed-by NAME --evidence RECORD.pdf</source>
        <translation>请复检（inspection add），或凭签字的复检记录销号：--signed-by 签字人 --evidence 记录.pdf</translation>
    </message>
    <message>
        <source>Order %1 is now %2 (was %3)</source>
        <translation>工单 %1 现为%2（原为%3）</translation>
    </message>
    <message>
        <source>  deadline %1 (was %2)</source>
        <translation>  期限 %1（原为 %2）</translation>
    </message>
    <message>
        <source>  evidence files kept: %1</source>
        <translation>  已保存佐证文件：%1 个</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>没有符合条件的工单。</translation>
    </message>
    <message>
        <source> (overdue by %1 day(s))</source>
        <translation>（已超期 %1 天）</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Order %1 (id %2, version %3)</source>
        <translation>工单 %1（编号 %2，版本 %3）</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>关联问题：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>流转记录：</translation>
    </message>
    <message>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>deadline %1 → %2</source>
        <translation>期限 %1 → %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>签字人 %1</translation>
    </message>
    <message>
        <source>Nothing blocks closure: every finding is verified resolved.</source>
        <translation>没有阻碍销号的问题：所有问题均已核实整改完成。</translation>
    </message>
    <message>
        <source>Blocking closure:</source>
        <translation>阻碍销号：</translation>
    </message>
    <message>
        <source>%1 can take no step on this order now.</source>
        <translation>%1 目前不能对此工单进行任何操作。</translation>
    </message>
    <message>
        <source>Steps %1 can take now: %2</source>
        <translation>%1 目前可进行的操作：%2</translation>
    </message>
    <message>
        <source>order takes create, bulk, edit, assign, list, show, issue, accept, start, submit, return, close, suspend, resume or cancel, not &apos;%1&apos;</source>
        <translation>order 的操作为 create、bulk、edit、assign、list、show、issue、accept、start、submit、return、close、suspend、resume 或 cancel，而不是“%1”</translation>
    </message>
    <message>
        <source>order assign needs --assignee (a team or contractor)</source>
        <translation>order assign 需要 --assignee（班组或施工单位）</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交验收</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>close</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>repair work</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>maintenance work</source>
        <translation>养护</translation>
    </message>
    <message>
        <source>separation work</source>
        <translation>雨污分流改造</translation>
    </message>
    <message>
        <source>re-inspection</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>field team</source>
        <translation>检测班组</translation>
    </message>
    <message>
        <source>district manager</source>
        <translation>区级管理员</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>规划人员</translation>
    </message>
    <message>
        <source>city administrator</source>
        <translation>市级管理员</translation>
    </message>
    <message>
        <source>number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>items</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另 %1 项</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>deadline days by priority</source>
        <translation>各优先级期限天数</translation>
    </message>
    <message>
        <source>priority by RI/MI grade</source>
        <translation>按修复/养护指数等级定优先级</translation>
    </message>
    <message>
        <source>priority by defect grade</source>
        <translation>按缺陷等级定优先级</translation>
    </message>
    <message>
        <source>priority by misconnection degree</source>
        <translation>按混接程度定优先级</translation>
    </message>
    <message>
        <source>order kind by finding</source>
        <translation>按问题类别定工单类型</translation>
    </message>
    <message>
        <source>to-do: due soon within</source>
        <translation>待办：即将到期天数</translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>a defect is still there within</source>
        <translation>复检判定缺陷仍在的距离</translation>
    </message>
    <message>
        <source>resolved misconnection statuses</source>
        <translation>视为已整改的混接点状态</translation>
    </message>
    <message>
        <source>order-rules takes show or set, not &apos;%1&apos;</source>
        <translation>order-rules 后应为 show 或 set，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the order rules; a city administrator does that</source>
        <translation>%1（%2）无权修改工单规则，须由市级管理员修改</translation>
    </message>
    <message>
        <source>%1: a value has the wrong type (%2)</source>
        <translation>%1：有值的类型不对（%2）</translation>
    </message>
    <message>
        <source>The order rules of %1 are now those of %2.</source>
        <translation>%1 的工单规则已替换为 %2 中的规则。</translation>
    </message>
    <message>
        <source>Order rules in force: the project&apos;s own</source>
        <translation>现行工单规则：项目自定规则</translation>
    </message>
    <message>
        <source>Order rules in force: the defaults (%1)</source>
        <translation>现行工单规则：默认规则（%1）</translation>
    </message>
    <message>
        <source>overdue by %1 day(s) (deadline %2)</source>
        <translation>已超期 %1 天（期限 %2）</translation>
    </message>
    <message>
        <source>returned for rework: %1</source>
        <translation>已退回返工：%1</translation>
    </message>
    <message>
        <source>issued to your team: accept it</source>
        <translation>已派给您的班组：请接单</translation>
    </message>
    <message>
        <source>work submitted: check it, then close or return the order</source>
        <translation>已提交验收：请核查，然后销号或退回</translation>
    </message>
    <message>
        <source>draft: give it an assignee and a deadline, then issue it</source>
        <translation>草稿：请指定承办方和期限，然后派单</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due in %1 day(s) (%2)</source>
        <translation>%1 天后到期（%2）</translation>
    </message>
    <message>
        <source>submitted: waiting for the district&apos;s acceptance</source>
        <translation>已提交验收：等待区里验收</translation>
    </message>
    <message>
        <source>in your team&apos;s hands, deadline %1</source>
        <translation>由您的班组办理中，期限 %1</translation>
    </message>
    <message>
        <source>separation work to follow, deadline %1</source>
        <translation>待跟进的雨污分流改造，期限 %1</translation>
    </message>
    <message>
        <source>Nothing to do for %1 on %2.</source>
        <translation>%1 在 %2 没有待办事项。</translation>
    </message>
    <message>
        <source>To do for %1 on %2, most pressing first:</source>
        <translation>%1 在 %2 的待办事项（最紧迫的在前）：</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>old residential community</source>
        <translation>老旧小区</translation>
    </message>
    <message>
        <source>campus</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>street block</source>
        <translation>街区</translation>
    </message>
    <message>
        <source>planning stage</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>design stage</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>construction completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>accepted on completion</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>new rain pipe, DN %1 mm</source>
        <translation>新建雨水管，管径 %1 mm</translation>
    </message>
    <message>
        <source>new sewer, DN %1 mm</source>
        <translation>新建污水管，管径 %1 mm</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>household connections</source>
        <translation>入户接管</translation>
    </message>
    <message>
        <source>mixed-flow manholes rebuilt</source>
        <translation>混流检查井改造</translation>
    </message>
    <message>
        <source>misconnection points rectified</source>
        <translation>混接点整改</translation>
    </message>
    <message>
        <source>Budget estimate: %1 %2 (%3 ten-thousand)</source>
        <translation>预算估算：%1 %2（%3 万）</translation>
    </message>
    <message>
        <source>  %1 pipe(s) without a recorded diameter were priced at the assumed diameter</source>
        <translation>  %1 段管段无管径记录，按假定管径计价</translation>
    </message>
    <message>
        <source>  %1 area(s) without a household count add no connections</source>
        <translation>  %1 个范围无户数记录，未计入入户接管</translation>
    </message>
    <message>
        <source>report takes district, city, separation, ledger, defects or misconnections, not %1</source>
        <translation>report 后应为 district、city、separation、ledger、defects 或 misconnections，而不是 %1</translation>
    </message>
    <message>
        <source>the registers are Excel workbooks: --format takes only xlsx here, not %1</source>
        <translation>台账和登记表为 Excel 工作簿：此处 --format 只能是 xlsx，不能是 %1</translation>
    </message>
    <message>
        <source>order ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>defect register</source>
        <translation>缺陷登记表</translation>
    </message>
    <message>
        <source>misconnection register</source>
        <translation>混接点登记表</translation>
    </message>
    <message>
        <source>Wrote the %1 (%2 rows) to %3</source>
        <translation>已将%1（%2 行）写入 %3</translation>
    </message>
    <message>
        <source>option %1 takes a whole number above 0</source>
        <translation>选项 %1 需要大于 0 的整数</translation>
    </message>
    <message>
        <source>separation programme for %1</source>
        <translation>%1雨污分流改造计划</translation>
    </message>
    <message>
        <source>report of %1 for %2</source>
        <translation>%1 %2 整改报告</translation>
    </message>
    <message>
        <source>city summary for %1</source>
        <translation>%1 全市整改汇总报告</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2 (%3 pages)</source>
        <translation>已将%1写入 %2（共 %3 页）</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2</source>
        <translation>已将%1写入 %2</translation>
    </message>
    <message>
        <source>%1 of %2 findings closed (%3%)</source>
        <translation>%2 项问题中已销号 %1 项（%3%）</translation>
    </message>
    <message>
        <source>Separation project %1 (id %2, version %3): %4, planned for %5</source>
        <translation>雨污分流项目 %1（编号 %2，版本 %3）：%4，计划年度 %5</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  备注：%1</translation>
    </message>
    <message>
        <source>  areas: %1</source>
        <translation>  范围：%1</translation>
    </message>
    <message>
        <source>  scope: %1 misconnection points, %2 defects, %3 pipes, %4 manholes</source>
        <translation>  改造内容：混接点 %1 处，缺陷 %2 处，管段 %3 段，检查井 %4 座</translation>
    </message>
    <message>
        <source>  progress: %1</source>
        <translation>  进度：%1</translation>
    </message>
    <message>
        <source>  orders: %1</source>
        <translation>  工单：%1</translation>
    </message>
    <message>
        <source>No separation projects match.</source>
        <translation>没有符合条件的雨污分流项目。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>范围数</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Total budget: %1 %2</source>
        <translation>预算合计：%1 %2</translation>
    </message>
    <message>
        <source>separation takes create, list, show, edit, advance or link-order, not &apos;%1&apos;</source>
        <translation>separation 只接受 create、list、show、edit、advance 或 link-order，不接受“%1”</translation>
    </message>
    <message>
        <source>option %1 takes auto or none</source>
        <translation>选项 %1 只接受 auto 或 none</translation>
    </message>
    <message>
        <source>separation edit needs at least one of %1</source>
        <translation>separation edit 至少需要以下选项之一：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project status (planning, design, construction, completed, accepted)</source>
        <translation>“%1”不是项目状态（planning 规划、design 设计、construction 施工、completed 完工、accepted 验收）</translation>
    </message>
    <message>
        <source>Project %1 is accepted, the last status; there is no step forward</source>
        <translation>项目 %1 已验收，这是最后一个状态，不能再前进</translation>
    </message>
    <message>
        <source>Separation project %1 is now %2 (was %3)</source>
        <translation>雨污分流项目 %1 现为%2（原为%3）</translation>
    </message>
    <message>
        <source>Order %1 now carries out separation project %2</source>
        <translation>工单 %1 现已关联雨污分流项目 %2</translation>
    </message>
    <message>
        <source>  backup PROJECT OUT [--overwrite]          a consistent, checked copy, also while the project is open</source>
        <translation>  backup PROJECT OUT [--overwrite]          制作经过检查的一致副本，项目打开时也可进行</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, schema version %4); integrity check of the copy: %5</source>
        <translation>已将 %1 备份到 %2（%3 MB，结构版本 %4）；副本完整性检查：%5</translation>
    </message>
    <message>
        <source>Read-only: the file is not writable; commands that change the project are refused</source>
        <translation>只读：文件不可写；修改项目的命令将被拒绝</translation>
    </message>
    <message>
        <source>Read-only: its folder is not writable; commands that change the project are refused</source>
        <translation>只读：其所在文件夹不可写；修改项目的命令将被拒绝</translation>
    </message>
    <message>
        <source>Read-only: commands that change the project are refused</source>
        <translation>只读：修改项目的命令将被拒绝</translation>
    </message>
    <message>
        <source>  project show|set PROJECT [--time-zone ZONE]   the project&apos;s time zone (set: city administrators)</source>
        <translation>  project show|set 项目 [--time-zone 时区]   项目时区（set：市级管理员）</translation>
    </message>
    <message>
        <source>         [--direction with_flow|against_flow] [--team T] [--length M] [--notes N] [--version N]</source>
        <translation>         [--direction with_flow|against_flow] [--team 班组] [--length 米] [--notes 备注] [--version 版本]</translation>
    </message>
    <message>
        <source>         [--length M] [--clock 0903] [--description T] [--photo FILE]... [--version N]</source>
        <translation>         [--length 米] [--clock 0903] [--description 描述] [--photo 照片]... [--version 版本]</translation>
    </message>
    <message>
        <source>         [--sampled DATE] [--cause T] [--status KEY] [--photo FILE]... [--version N]</source>
        <translation>         [--sampled 日期] [--cause 原因] [--status 状态] [--photo 照片]... [--version 版本]</translation>
    </message>
    <message>
        <source>         edit and delete take --version N, the version you read: a stale one is a conflict (exit 6)</source>
        <translation>         edit 和 delete 可带 --version 版本（您读取时的版本）：版本已过时即为冲突（退出码 6）</translation>
    </message>
    <message>
        <source>  user add|list|deactivate|reactivate PROJECT [NAME] --role field_team|district_manager|planner|city_admin</source>
        <translation>  user add|list|deactivate|reactivate 项目 [用户名] --role field_team|district_manager|planner|city_admin</translation>
    </message>
    <message>
        <source>  separation link-order PROJECT ID --order NUMBER [--version N]   an order that carries the project out</source>
        <translation>  separation link-order 项目 编号 --order 工单号 [--version 版本]   关联实施该项目的工单</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not %1</source>
        <translation>--lang 只能是 zh_CN 或 en，不能是 %1</translation>
    </message>
    <message>
        <source>project takes show or set, not %1</source>
        <translation>project 只能接 show 或 set，不能是 %1</translation>
    </message>
    <message>
        <source>project set needs %1</source>
        <translation>project set 需要 %1</translation>
    </message>
    <message>
        <source>Time zone: %1%2</source>
        <translation>时区：%1%2</translation>
    </message>
    <message>
        <source> (the default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Today:     %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>user takes add, list, deactivate or reactivate, not %1</source>
        <translation>user 只能接 add、list、deactivate 或 reactivate，不能是 %1</translation>
    </message>
    <message>
        <source>User %1 reactivated</source>
        <translation>用户 %1 已重新启用</translation>
    </message>
    <message>
        <source>%1 was already imported (as %2, %3 defects, by %4 at %5); nothing was changed</source>
        <translation>%1 已导入过（文件名 %2，%3 个缺陷，由 %4 于 %5 导入）；未做任何修改</translation>
    </message>
    <message>
        <source>Columns ignored (PipeWard does not read them): %1</source>
        <translation>已忽略的列（管网卫士不读取）：%1</translation>
    </message>
    <message>
        <source>Warning: row %1, %2: bytes that are not valid %3 text were stored as the replacement character U+FFFD</source>
        <translation>警告：第 %1 行，%2：不是有效 %3 文本的字节已存为替换字符 U+FFFD</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>PipeWard drainage network GIS</source>
        <translation>管网卫士 排水管网地理信息系统</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Render the window after loading, save it as a PNG file and quit.</source>
        <translation>加载后绘制窗口，保存为 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>Zoom to and select this pipe or manhole id.</source>
        <translation>缩放到并选中该管段或检查井编号。</translation>
    </message>
    <message>
        <source>Bring a panel to the front: todo, orders, dashboard, planning, issues or trace.</source>
        <translation>将面板置于前台：todo（我的待办）、orders（工单）、dashboard（看板）、issues（导入问题）、trace（追踪）或 planning（分流规划）。</translation>
    </message>
    <message>
        <source>No pipe or manhole with the id %1</source>
        <translation>没有编号为 %1 的管段或检查井</translation>
    </message>
    <message>
        <source>There is no panel %1</source>
        <translation>没有面板 %1</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not %1</source>
        <translation>--lang 只能是 zh_CN 或 en，不能是 %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From manhole</source>
        <translation>起点井</translation>
    </message>
    <message>
        <source>To manhole</source>
        <translation>终点井</translation>
    </message>
    <message>
        <source>Drainage type</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>管径</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Upstream invert</source>
        <translation>起点管底高程</translation>
    </message>
    <message>
        <source>Downstream invert</source>
        <translation>终点管底高程</translation>
    </message>
    <message>
        <source>Upstream depth</source>
        <translation>起点埋深</translation>
    </message>
    <message>
        <source>Downstream depth</source>
        <translation>终点埋深</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>建设日期</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>所在道路</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ground elevation</source>
        <translation>地面高程</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>井深</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Rain pipe</source>
        <translation>雨水管</translation>
    </message>
    <message>
        <source>Sewage pipe</source>
        <translation>污水管</translation>
    </message>
    <message>
        <source>Combined pipe</source>
        <translation>合流管</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>类型不明</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>the PDF writer could not finish the file</source>
        <translation>PDF 写入器未能完成该文件</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Overdue orders by district</source>
        <translation>各区超期工单数</translation>
    </message>
    <message>
        <source>Defects per inspected km by district</source>
        <translation>各区每检测公里缺陷数</translation>
    </message>
    <message>
        <source>City drainage network rectification summary</source>
        <translation>全市排水管网整改汇总报告</translation>
    </message>
    <message>
        <source>Generated on %1 from project %2</source>
        <translation>生成日期 %1，数据来自项目 %2</translation>
    </message>
    <message>
        <source>%1 districts, %2 km of pipes. Completion rate %3, on-time rate %4; %5 open orders were overdue on %6.</source>
        <translation>全市 %1 个区，管网 %2 km。整改完成率 %3，按期整改率 %4；截至 %6 有 %5 张未销号工单超期。</translation>
    </message>
    <message>
        <source>Key indicators of the city</source>
        <translation>全市主要指标</translation>
    </message>
    <message>
        <source>Districts compared</source>
        <translation>各区对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Open orders of the city by state</source>
        <translation>全市未销号工单（按状态）</translation>
    </message>
    <message>
        <source>Map of the city</source>
        <translation>全市问题与工单分布图</translation>
    </message>
    <message>
        <source>Orders are shown in their state on %1.</source>
        <translation>图中工单为 %1 的状态。</translation>
    </message>
    <message>
        <source>Defects per km by grade</source>
        <translation>各等级每公里缺陷数</translation>
    </message>
    <message>
        <source>Most overdue orders</source>
        <translation>超期最久的工单</translation>
    </message>
    <message>
        <source>No order was overdue on %1.</source>
        <translation>截至 %1 没有超期工单。</translation>
    </message>
    <message>
        <source>The %1 longest overdue of %2 overdue orders; each district&apos;s report lists all of its own.</source>
        <translation>全部 %2 张超期工单中超期最久的 %1 张；各区报告列出本区全部超期工单。</translation>
    </message>
    <message>
        <source>Rain (km)</source>
        <translation>雨水管（km）</translation>
    </message>
    <message>
        <source>Sewage (km)</source>
        <translation>污水管（km）</translation>
    </message>
    <message>
        <source>Combined (km)</source>
        <translation>合流管（km）</translation>
    </message>
    <message>
        <source>%1 drainage network rectification report</source>
        <translation>%1排水管网整改报告</translation>
    </message>
    <message>
        <source>%1 ranks %2 of %3 districts. Completion rate %4, on-time rate %5; %6 open orders were overdue on %7.</source>
        <translation>%1在全市 %3 个区中排名第 %2。整改完成率 %4，按期整改率 %5；截至 %7 有 %6 张未销号工单超期。</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Completion rate: orders due in the period and closed / orders due. On-time rate: closed by the deadline / (closed + past the deadline and open). Overdue: open orders past their deadline on the reference day, whenever due.</source>
        <translation>整改完成率：期内到期且已销号的工单数 / 期内到期工单数。按期整改率：按期销号数 /（已销号数 + 已过期限仍未销号数）。超期：截至统计日已过整改期限仍未销号的工单（不论何时到期）。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>管网概况</translation>
    </message>
    <message>
        <source>Map of findings and orders</source>
        <translation>问题与工单分布图</translation>
    </message>
    <message>
        <source>Open orders of %1 by state</source>
        <translation>%1未销号工单（按状态）</translation>
    </message>
    <message>
        <source>Defects on the latest inspection of each pipe, per km of inspected pipe (CJJ 181 grades).</source>
        <translation>按每条管段最近一次检测的缺陷统计，以已检测管道每公里计（CJJ 181 等级）。</translation>
    </message>
    <message>
        <source>Ranking among districts</source>
        <translation>各区排名</translation>
    </message>
    <message>
        <source>Overdue orders (%1)</source>
        <translation>超期工单（%1 张）</translation>
    </message>
    <message>
        <source>Defect grade %1</source>
        <translation>%1 级缺陷</translation>
    </message>
    <message>
        <source>Misconnection point</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>未销号工单</translation>
    </message>
    <message>
        <source>Overdue order</source>
        <translation>超期工单</translation>
    </message>
    <message>
        <source>Closed order</source>
        <translation>已销号工单</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>区界</translation>
    </message>
    <message>
        <source>Programme area</source>
        <translation>计划内片区</translation>
    </message>
    <message>
        <source>Other community area</source>
        <translation>其他片区</translation>
    </message>
    <message>
        <source>PipeWard — %1</source>
        <translation>管网卫士 — %1</translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3), figures as of %4</source>
        <translation>统计周期 %1（%2 至 %3），数据截至 %4</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Completion rate by district</source>
        <translation>各区整改完成率</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>无到期工单</translation>
    </message>
    <message>
        <source>Combined pipes in scope</source>
        <translation>范围内合流管段</translation>
    </message>
    <message>
        <source>%1 %2 (%3 ten-thousand)</source>
        <translation>%1 %2（%3 万）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>改造计划</translation>
    </message>
    <message>
        <source>Budget (ten-thousand %1)</source>
        <translation>估算投资（万 %1）</translation>
    </message>
    <message>
        <source>Budget per project (ten-thousand %1)</source>
        <translation>各项目估算投资（万 %1）</translation>
    </message>
    <message>
        <source>(the %1 largest of %2)</source>
        <translation>（%2 个项目中投资最大的 %1 个）</translation>
    </message>
    <message>
        <source>Progress per project: findings in scope closed</source>
        <translation>各项目进度：范围内问题已销号比例</translation>
    </message>
    <message>
        <source>no findings in scope</source>
        <translation>范围内无问题</translation>
    </message>
    <message>
        <source>Areas (households)</source>
        <translation>片区（户数）</translation>
    </message>
    <message>
        <source>Scope: points / defects / pipes / manholes</source>
        <translation>范围：混接点/缺陷/管段/检查井</translation>
    </message>
    <message>
        <source>Orders (state)</source>
        <translation>工单（状态）</translation>
    </message>
    <message>
        <source>%1 areas, %2 households</source>
        <translation>%1 个片区，%2 户</translation>
    </message>
    <message>
        <source>Unit cost (%1)</source>
        <translation>单价（%1）</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>%1 pipe(s) without a recorded diameter were priced at the assumed diameter.</source>
        <translation>%1 条管段无管径记录，按假定管径计价。</translation>
    </message>
    <message>
        <source>%1 area(s) without a household count add no connections.</source>
        <translation>%1 个片区无户数记录，未计入户接管。</translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4): %5 %6</source>
        <translation>%1. %2（%3 年，%4）：%5 %6</translation>
    </message>
    <message>
        <source>%1 rain/sewage separation programme %2</source>
        <translation>%1 %2 年雨污分流改造计划</translation>
    </message>
    <message>
        <source>%1 rain/sewage separation programme</source>
        <translation>%1雨污分流改造计划</translation>
    </message>
    <message>
        <source>City rain/sewage separation programme %1</source>
        <translation>全市 %1 年雨污分流改造计划</translation>
    </message>
    <message>
        <source>City rain/sewage separation programme</source>
        <translation>全市雨污分流改造计划</translation>
    </message>
    <message>
        <source>Planned year: %1 · %2</source>
        <translation>计划年度：%1 · %2</translation>
    </message>
    <message>
        <source>No separation project is planned for %1 in %2.</source>
        <translation>%2（计划年度：%1）没有雨污分流改造项目。</translation>
    </message>
    <message>
        <source>%1 projects over %2 areas with %3 households; budget %4 %5; %6 of %7 findings in scope closed.</source>
        <translation>共 %1 个项目，涉及 %2 个片区、%3 户；估算投资 %4 %5；范围内 %7 个问题中已销号 %6 个。</translation>
    </message>
    <message>
        <source>Budgets are estimated from the scope with %1.</source>
        <translation>估算投资按改造范围和%1计算。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Combined length: the combined pipes in scope, beside which a new sewer is laid. Progress: misconnection points and defects in scope that are closed (an order carrying them closed, or the point resolved) / those in scope.</source>
        <translation>合流管长度：改造范围内的合流管段，沿其新建污水管。进度：范围内已销号的混接点和缺陷（所在工单已销号，或混接点已整改）/ 范围内的混接点和缺陷总数。</translation>
    </message>
    <message>
        <source>Map of the programme&apos;s areas</source>
        <translation>计划内片区分布图</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>改造项目（%1 个）</translation>
    </message>
    <message>
        <source>Budget lines of each project</source>
        <translation>各项目估算明细</translation>
    </message>
    <message>
        <source>Candidate areas for the next programme</source>
        <translation>下一批改造候选片区</translation>
    </message>
    <message>
        <source>No area outside the projects has anything left to separate.</source>
        <translation>项目以外的片区均无需雨污分流改造的内容。</translation>
    </message>
    <message>
        <source>The %1 best-ranked areas that no project covers yet and that hold an open misconnection point, a combined pipe or a mixed-flow manhole. Score = %2 × open points + %3 × their dry-weather flow (m³/d) + %4 × the highest degree (1 slight .. 3 severe).</source>
        <translation>尚未纳入任何项目、且有未整改混接点、合流管段或混流检查井的排名前 %1 个片区。得分 = %2 × 未整改混接点数 + %3 × 其旱天水量（m³/d）+ %4 × 最高混接程度（1 轻度 … 3 重度）。</translation>
    </message>
    <message>
        <source>Taken as one project with the automatic scope, the shortlist would cost %1 %2 (%3 ten-thousand).</source>
        <translation>候选片区若按自动范围合为一个项目，估算投资为 %1 %2（%3 万）。</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>the image cannot be encoded as PNG (%1)</source>
        <translation>图像无法编码为 PNG（%1）</translation>
    </message>
</context>
<context>
    <name>pw</name>
    <message>
        <source>Nothing to import</source>
        <translation>没有要导入的数据</translation>
    </message>
    <message>
        <source>%1 has no .prj file and its coordinates (%2, %3) do not tell which CRS they are in; state it with --assume-crs EPSG:n (for example EPSG:4549 for CGCS2000 Gauss-Kruger CM 120E)</source>
        <translation>%1 没有 .prj 文件，且无法从坐标（%2, %3）判断坐标系；请用 --assume-crs EPSG:n 指定（例如 EPSG:4549 表示 CGCS2000 高斯-克吕格 中央经线 120°E）</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1): its upstream manhole %4 is not in the project (dangling pipe end)</source>
        <translation>管道 %2（要素 %1）：起点检查井 %4 不在项目中（悬挂管端）</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1): its downstream manhole %4 is not in the project (dangling pipe end)</source>
        <translation>管道 %2（要素 %1）：终点检查井 %4 不在项目中（悬挂管端）</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1): the line is drawn from its downstream manhole to its upstream one, against its from/to ids</source>
        <translation>管道 %2（要素 %1）：线的绘制方向从终点井到起点井，与起止点号相反</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1): its start is %5 m from its upstream manhole %4 (tolerance %6 m)</source>
        <translation>管道 %2（要素 %1）：起点距起点检查井 %4 有 %5 米（容差 %6 米）</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1): its end is %5 m from its downstream manhole %4 (tolerance %6 m)</source>
        <translation>管道 %2（要素 %1）：终点距终点检查井 %4 有 %5 米（容差 %6 米）</translation>
    </message>
    <message>
        <source>Pipe %2 (feature %1) lies outside every district</source>
        <translation>管道 %2（要素 %1）不在任何行政区内</translation>
    </message>
    <message>
        <source>Manhole %2 (feature %1) lies outside every district</source>
        <translation>检查井 %2（要素 %1）不在任何行政区内</translation>
    </message>
    <message>
        <source>%1 has no geometry (points, lines or polygons), so it cannot be imported as pipes, manholes or districts</source>
        <translation>%1 没有几何（点、线或面），不能作为管道、检查井或行政区导入</translation>
    </message>
    <message>
        <source>There is no field profile named &apos;%1&apos; (known: %2)</source>
        <translation>没有名为“%1”的字段配置（已有：%2）</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no mapping for %2</source>
        <translation>字段配置“%1”没有%2的映射</translation>
    </message>
    <message>
        <source>%1: the profile &apos;%2&apos; needs the fields %3 for %4, which are not in the file (its fields: %5)</source>
        <translation>%1：字段配置“%2”导入%4需要字段 %3，文件中没有（文件字段：%5）</translation>
    </message>
    <message>
        <source>stated by the user</source>
        <translation>由用户指定</translation>
    </message>
    <message>
        <source>%1: no field profile fits its fields for %2 (found: %3; required fields missing, by profile: %4). Map the fields in the import wizard or name a profile with --profile</source>
        <translation>%1：没有适合其字段的%2字段配置（文件字段：%3；各配置缺少的必需字段：%4）。请在导入向导中映射字段，或用 --profile 指定配置</translation>
    </message>
    <message>
        <source>detected from the field names (%1 of %2 fields matched)</source>
        <translation>根据字段名识别，匹配 %1/%2 个字段</translation>
    </message>
    <message>
        <source>%1: required fields are not mapped: %2</source>
        <translation>%1：必需字段未映射：%2</translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 must be %4; import it as %5</source>
        <translation>%1 中是%2，而%3必须是%4；请作为%5导入</translation>
    </message>
    <message>
        <source>the file holds %1</source>
        <translation>文件中是%1</translation>
    </message>
    <message>
        <source>Feature %1: the pipe has no id (field %3 is empty); not imported</source>
        <translation>要素 %1：管道没有编号（字段 %3 为空）；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the pipe has no geometry; not imported</source>
        <translation>要素 %1（%2）：管道没有几何；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the pipe is made of disconnected parts; a pipe segment must be one line; not imported</source>
        <translation>要素 %1（%2）：管道由不相连的几段组成，一个管段必须是一条线；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the pipe line has fewer than two valid points; not imported</source>
        <translation>要素 %1（%2）：管线有效点少于两个；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the pipe has zero length; not imported</source>
        <translation>要素 %1（%2）：管道长度为零；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the drainage type (rain, sewage or combined) is missing</source>
        <translation>要素 %1（%2）：缺少排水类型（雨水、污水或合流）</translation>
    </message>
    <message>
        <source>Feature %1 (%2): drainage type &apos;%4&apos; in field %3 is not rain, sewage or combined</source>
        <translation>要素 %1（%2）：字段 %3 的排水类型“%4”不是雨水、污水或合流</translation>
    </message>
    <message>
        <source>Feature %1 (%2): field %3 holds &apos;%4&apos;, which is not a number; read as missing</source>
        <translation>要素 %1（%2）：字段 %3 的值“%4”不是数字；按缺失处理</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the diameter is missing</source>
        <translation>要素 %1（%2）：缺少管径</translation>
    </message>
    <message>
        <source>Feature %1 (%2): material &apos;%4&apos; is not a CJJ 61 material; kept as written</source>
        <translation>要素 %1（%2）：材质“%4”不在 CJJ 61 材质代码中；按原值保留</translation>
    </message>
    <message>
        <source>Feature %1 (%2): reversed slope: the downstream invert %4 m is higher than the upstream invert %5 m</source>
        <translation>要素 %1（%2）：倒坡：终点管底高程 %4 米高于起点管底高程 %5 米</translation>
    </message>
    <message>
        <source>diameters are in metres (the largest is %1); converted to millimetres</source>
        <translation>管径以米为单位（最大值 %1）；已换算为毫米</translation>
    </message>
    <message>
        <source>Feature %1: the manhole has no id (field %3 is empty); not imported</source>
        <translation>要素 %1：检查井没有编号（字段 %3 为空）；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the manhole is a multi-point of %5 points; a manhole is one point; not imported</source>
        <translation>要素 %1（%2）：检查井是含 %5 个点的多点，一座检查井只能是一个点；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the manhole has no point geometry; not imported</source>
        <translation>要素 %1（%2）：检查井没有点几何；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the manhole point is not valid; not imported</source>
        <translation>要素 %1（%2）：检查井点无效；未导入</translation>
    </message>
    <message>
        <source>Feature %1: the district has no name (field %3 is empty); not imported</source>
        <translation>要素 %1：行政区没有名称（字段 %3 为空）；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the district has no geometry; not imported</source>
        <translation>要素 %1（%2）：行政区没有几何；未导入</translation>
    </message>
    <message>
        <source>Feature %1 (%2): the district is not a polygon; not imported</source>
        <translation>要素 %1（%2）：行政区不是面；未导入</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1: %2 must be a list of strings</source>
        <translation>%1：%2 必须是字符串列表</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>%1 is not a field-mapping profile: it needs &quot;name&quot; and &quot;layers&quot;</source>
        <translation>%1 不是字段映射配置：需要 &quot;name&quot; 和 &quot;layers&quot;</translation>
    </message>
    <message>
        <source>%1: unknown layer role &apos;%2&apos; (use pipes, manholes or districts)</source>
        <translation>%1：未知图层角色“%2”（应为 pipes、manholes 或 districts）</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no &quot;fields&quot; object</source>
        <translation>%1：图层“%2”没有 &quot;fields&quot; 对象</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a field PipeWard knows for %3</source>
        <translation>%1：“%2”不是管网卫士%3图层支持的字段</translation>
    </message>
    <message>
        <source>%1: required field &apos;%2&apos; of %3 has no candidate names</source>
        <translation>%1：%3的必需字段“%2”没有候选字段名</translation>
    </message>
    <message>
        <source>The %1 filter does not apply to the %2 layer</source>
        <translation>“%1”筛选条件不适用于 %2 图层</translation>
    </message>
    <message>
        <source>district</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>drainage type</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a drainage type: use rain, sewage or combined</source>
        <translation>“%1”不是排水类型：请用 rain（雨水）、sewage（污水）或 combined（合流）</translation>
    </message>
    <message>
        <source>order state</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an order state: use %2</source>
        <translation>“%1”不是工单状态：请用 %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade %1 does not exist for %2: grades run from 1 to %3</source>
        <translation>%2 没有 %1 级：等级为 1 至 %3</translation>
    </message>
    <message>
        <source>The selection names %1 that do not exist: %2</source>
        <translation>所选的%1不存在：%2</translation>
    </message>
    <message>
        <source>the survey field %1 kept with the records was left out: its name is taken by %2</source>
        <translation>记录中保留的测绘成果字段 %1 未导出：其名称与 %2 冲突</translation>
    </message>
    <message>
        <source>%1 %2, field %3: the text &apos;%4&apos; has the character &apos;%5&apos;, which %6 cannot hold; export with the UTF-8 encoding or to another format</source>
        <translation>%1 %2 的字段 %3：文本“%4”含有 %6 无法表示的字符“%5”；请改用 UTF-8 编码导出，或导出为其他格式</translation>
    </message>
    <message>
        <source>%1 %2, field %3: the text is %4 bytes long in %5, more than the %6 a shapefile field holds; export to GeoPackage, GeoJSON or CSV instead</source>
        <translation>%1 %2 的字段 %3：该文本按 %5 编码长 %4 字节，超过 Shapefile 字段最多容纳的 %6 字节；请改为导出 GeoPackage、GeoJSON 或 CSV</translation>
    </message>
    <message>
        <source>nothing matched the selection: %1 holds no records</source>
        <translation>没有符合条件的记录：%1 为空文件</translation>
    </message>
    <message>
        <source>%1: unknown drainage type &apos;%2&apos;</source>
        <translation>%1：未知排水类型“%2”</translation>
    </message>
    <message>
        <source>%1 is not a valid vocabulary: %2</source>
        <translation>%1 不是有效的词表：%2</translation>
    </message>
    <message>
        <source>The spatial index %1 has no root node</source>
        <translation>空间索引 %1 没有根节点</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <source>%1 has no CRS and its coordinates do not tell which one; state it (for example EPSG:4549)</source>
        <translation>%1 没有坐标系，且无法从坐标判断；请指定（例如 EPSG:4549）</translation>
    </message>
    <message>
        <source>Pipe id</source>
        <translation>管段编号</translation>
    </message>
    <message>
        <source>From manhole</source>
        <translation>起点井</translation>
    </message>
    <message>
        <source>To manhole</source>
        <translation>终点井</translation>
    </message>
    <message>
        <source>Drainage type</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>管径（mm）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高度（毫米）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <source>Upstream invert (m)</source>
        <translation>起点管底高程（米）</translation>
    </message>
    <message>
        <source>Downstream invert (m)</source>
        <translation>终点管底高程（米）</translation>
    </message>
    <message>
        <source>Upstream depth (m)</source>
        <translation>起点埋深（米）</translation>
    </message>
    <message>
        <source>Downstream depth (m)</source>
        <translation>终点埋深（米）</translation>
    </message>
    <message>
        <source>Build year</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>所在道路</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <source>Feature number</source>
        <translation>要素序号</translation>
    </message>
    <message>
        <source>Manhole id</source>
        <translation>检查井编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ground elevation (m)</source>
        <translation>地面高程（米）</translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation>井深（米）</translation>
    </message>
    <message>
        <source>Connected pipes</source>
        <translation>连接管段数</translation>
    </message>
    <message>
        <source>The catalogue %1 names the scoring module &apos;%2&apos;, which PipeWard does not have</source>
        <translation>目录 %1 指定的评分模块“%2”在管网卫士中不存在</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; column (its header: %3)</source>
        <translation>%1 中没有“%2”列（表头：%3）</translation>
    </message>
    <message>
        <source>The clock position &apos;%1&apos; is not hours from 1 to 12 (write 0903, 9 or 9-3)</source>
        <translation>时钟位置“%1”不是 1 到 12 点（请写 0903、9 或 9-3）</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)</source>
        <translation>%1 不是照片（JPEG、PNG、GIF、BMP、TIFF 或 WebP）</translation>
    </message>
    <message>
        <source>%1: %2 problems in %3 rows; nothing was imported</source>
        <translation>%1：%3 行中有 %2 个问题；未导入任何数据</translation>
    </message>
    <message>
        <source>%1 (%2) may not record findings</source>
        <translation>%1（%2）无权记录检测发现</translation>
    </message>
    <message>
        <source>%1 (%2 of %3) may not record findings in another district</source>
        <translation>%1（%3 的 %2）无权在其他行政区记录检测发现</translation>
    </message>
    <message>
        <source>%1 (%2) may not edit findings</source>
        <translation>%1（%2）无权修改检测发现</translation>
    </message>
    <message>
        <source>%1 (%2 of %3) may not change findings of another district</source>
        <translation>%1（%3 的 %2）无权修改其他行政区的检测发现</translation>
    </message>
    <message>
        <source>%1 (%2) may not change a record of another team (recorded by %3)</source>
        <translation>%1（%2）无权修改其他班组的记录（记录人 %3）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not an object</source>
        <translation>%1：“%2”缺失或不是对象</translation>
    </message>
    <message>
        <source>%1: %2.%3 has the value %4, which is not allowed there</source>
        <translation>%1：%2.%3 的值为 %4，此处不允许</translation>
    </message>
    <message>
        <source>No rule for the order action %1</source>
        <translation>没有工单操作 %1 的规则</translation>
    </message>
    <message>
        <source>%1 (district manager of %2) may not act on %3 of another district</source>
        <translation>%1（%2 区管理员）不能操作其他区的 %3</translation>
    </message>
    <message>
        <source>%1 (field team %2) may not raise or change orders (%3); the district manager does that</source>
        <translation>%1（外业班组 %2）不能创建或修改工单（%3）；这由区管理员负责</translation>
    </message>
    <message>
        <source>%1 (planner) may not raise or change orders (%2)</source>
        <translation>%1（规划人员）不能创建或修改工单（%2）</translation>
    </message>
    <message>
        <source>Order %1 is %2; %3 is possible only when it is %4</source>
        <translation>工单 %1 当前为“%2”；只有在“%4”状态下才能%3</translation>
    </message>
    <message>
        <source>%1 (field team %2) may not %3 order %4; the district manager does that</source>
        <translation>%1（外业班组 %2）不能%3工单 %4；这由区管理员负责</translation>
    </message>
    <message>
        <source>%1 (field team %2) may not %3 order %4: it is assigned to %5</source>
        <translation>%1（外业班组 %2）不能%3工单 %4：该工单指派给了 %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: write a month (2026-03), a quarter (2026-Q1), a year (2026) or two dates (2026-01-01..2026-02-15)</source>
        <translation>“%1”不是统计周期：请写月份（2026-03）、季度（2026-Q1）、年份（2026）或起止日期（2026-01-01..2026-02-15）</translation>
    </message>
    <message>
        <source>Orders due in the period</source>
        <translation>期内到期工单</translation>
    </message>
    <message>
        <source>Due and closed</source>
        <translation>到期已销号</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Overdue orders (open)</source>
        <translation>超期未销号工单</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>期内销号工单</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>平均整改天数</translation>
    </message>
    <message>
        <source>Return rate at acceptance</source>
        <translation>验收退回率</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未销号工单</translation>
    </message>
    <message>
        <source>Inspected length (km)</source>
        <translation>已检测长度（km）</translation>
    </message>
    <message>
        <source>Misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>Misconnections per km of separate sewer</source>
        <translation>分流制管网混接密度（个/km）</translation>
    </message>
    <message>
        <source>There is no district %1</source>
        <translation>没有行政区 %1</translation>
    </message>
    <message>
        <source>The period %1 ends before it starts</source>
        <translation>统计周期 %1 的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a KPI figure: use due, closed_of_due, closed_on_time, late_open, overdue, closed_in_period, submitted, returned, or open: with issued, accepted, in_progress, submitted, returned or suspended</source>
        <translation>“%1”不是考核指标：请使用 due、closed_of_due、closed_on_time、late_open、overdue、closed_in_period、submitted、returned，或 open: 加 issued、accepted、in_progress、submitted、returned、suspended 之一</translation>
    </message>
    <message>
        <source>There is no attachment %1</source>
        <translation>不存在附件 %1</translation>
    </message>
    <message>
        <source>The field name %1 has the character &apos;%2&apos;, which %3 cannot hold; export with UTF-8 or to another format</source>
        <translation>字段名 %1 含有 %3 无法表示的字符“%2”；请改用 UTF-8 编码导出，或导出为其他格式</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>管段</translation>
    </message>
    <message>
        <source>manhole</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>misconnection point</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>import issue</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a WKT geometry (write it as POLYGON((x y, x y, ...)) in the project CRS)</source>
        <translation>“%1”不是 WKT 几何（请按项目坐标系写作 POLYGON((x y, x y, ...))）</translation>
    </message>
    <message>
        <source>An area must be a POLYGON or MULTIPOLYGON, not %1</source>
        <translation>范围必须是 POLYGON 或 MULTIPOLYGON，而不是 %1</translation>
    </message>
    <message>
        <source>The area&apos;s polygon is not valid: %1</source>
        <translation>范围多边形无效：%1</translation>
    </message>
    <message>
        <source>There is no area profile named &apos;%1&apos; (known: %2)</source>
        <translation>没有名为“%1”的范围字段配置（现有：%2）</translation>
    </message>
    <message>
        <source>%1: the profile &apos;%2&apos; needs the fields %3, which are not in the file (its fields: %4)</source>
        <translation>%1：字段配置“%2”需要字段 %3，文件中没有（文件字段：%4）</translation>
    </message>
    <message>
        <source>%1: no area profile fits its fields (found: %2); an area needs at least a name field such as XQMC, 小区名称 or Name. Name a profile with --profile</source>
        <translation>%1：没有与其字段相符的范围字段配置（文件字段：%2）；范围至少需要名称字段，如 XQMC、小区名称 或 Name。可用 --profile 指定字段配置</translation>
    </message>
    <message>
        <source>%1 is not an area profile: it needs &quot;name&quot; and &quot;fields&quot;</source>
        <translation>%1 不是范围字段配置：需要 &quot;name&quot; 和 &quot;fields&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a field PipeWard knows for areas (%3)</source>
        <translation>%1：“%2”不是 PipeWard 范围所用的字段（%3）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a kind of area (%3)</source>
        <translation>%1：“%2”不是范围类型（%3）</translation>
    </message>
    <message>
        <source>%1 is not an area profile: %2</source>
        <translation>%1 不是范围字段配置：%2</translation>
    </message>
    <message>
        <source>%1: required field &apos;%2&apos; has no candidate names</source>
        <translation>%1：必填字段“%2”没有候选字段名</translation>
    </message>
    <message>
        <source>The project has no CRS yet; import the network (or init --crs) before adding areas</source>
        <translation>项目尚未设定坐标系；请先导入管网（或 init --crs）再添加范围</translation>
    </message>
    <message>
        <source>%1 holds %2; areas are polygons</source>
        <translation>%1 中是%2；范围应为面</translation>
    </message>
    <message>
        <source>the area has no name</source>
        <translation>范围没有名称</translation>
    </message>
    <message>
        <source>the name %1 is already used by feature %2</source>
        <translation>名称 %1 已被第 %2 号要素使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a build year (1800-2100)</source>
        <translation>“%1”不是建成年份（1800–2100）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of households (a whole number, at least 0)</source>
        <translation>“%1”不是户数（应为不小于 0 的整数）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of area (老旧小区, 校园, 街区)</source>
        <translation>“%1”不是范围类型（老旧小区、校园、街区）</translation>
    </message>
    <message>
        <source>the area has no polygon</source>
        <translation>范围没有多边形</translation>
    </message>
    <message>
        <source>the area is a %1, not a polygon</source>
        <translation>范围是 %1，不是多边形</translation>
    </message>
    <message>
        <source>the polygon is not valid: %1</source>
        <translation>多边形无效：%1</translation>
    </message>
    <message>
        <source>%1 holds no features</source>
        <translation>%1 中没有要素</translation>
    </message>
    <message>
        <source>%1: %2 faults in the areas; nothing was imported</source>
        <translation>%1：范围数据有 %2 处错误；未导入任何内容</translation>
    </message>
    <message>
        <source>the area %1 lies outside every district</source>
        <translation>范围 %1 不在任何行政区内</translation>
    </message>
    <message>
        <source>%1 (%2) may not change separation plans; housing bureau planners and city administrators do</source>
        <translation>%1（%2）不能修改雨污分流规划；应由住建局规划人员或市级管理员操作</translation>
    </message>
    <message>
        <source>There is no area %1</source>
        <translation>没有范围 %1</translation>
    </message>
    <message>
        <source>The unit costs have no class for a %1 pipe of %2 mm</source>
        <translation>单价表中没有 %2 mm %1管的管径档</translation>
    </message>
    <message>
        <source>%1: %2 must be a number of at least 0 (found %3)</source>
        <translation>%1：%2 必须是不小于 0 的数字（实际为 %3）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not a list of diameter classes</source>
        <translation>%1：“%2”缺失或不是管径分档列表</translation>
    </message>
    <message>
        <source>%1: the diameter classes of %2 must cover every diameter once; %3 mm falls in %4 classes</source>
        <translation>%1：%2 的管径分档须覆盖每个管径且不重叠；%3 mm 落在 %4 个分档中</translation>
    </message>
    <message>
        <source>The planned year %1 is not a year between 2000 and 2100</source>
        <translation>计划年度 %1 不在 2000 至 2100 年之间</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退回率</translation>
    </message>
    <message>
        <source>Defects per km</source>
        <translation>每公里缺陷数</translation>
    </message>
    <message>
        <source>Misconnections per km</source>
        <translation>每公里混接点</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>派单日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>工单历时（天）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>超期工单</translation>
    </message>
    <message>
        <source>Order ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Estimated cost (yuan)</source>
        <translation>预算费用（元）</translation>
    </message>
    <message>
        <source>Actual cost (yuan)</source>
        <translation>实际费用（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Defect register</source>
        <translation>缺陷登记表</translation>
    </message>
    <message>
        <source>Defect id</source>
        <translation>缺陷编号</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>管段编号</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Defect code</source>
        <translation>缺陷代码</translation>
    </message>
    <message>
        <source>Defect name</source>
        <translation>缺陷名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距离（m）</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟表示</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检测班组</translation>
    </message>
    <message>
        <source>Latest inspection</source>
        <translation>最近一次检测</translation>
    </message>
    <message>
        <source>Order state</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Misconnection register</source>
        <translation>混接点登记表</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>混接点编号</translation>
    </message>
    <message>
        <source>Manhole or pipe</source>
        <translation>检查井或管段</translation>
    </message>
    <message>
        <source>Misconnection type</source>
        <translation>混接类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>混接来源</translation>
    </message>
    <message>
        <source>Inflow diameter (mm)</source>
        <translation>接入管径（mm）</translation>
    </message>
    <message>
        <source>Flow (m3/d)</source>
        <translation>混接水量（m³/d）</translation>
    </message>
    <message>
        <source>NH3-N (mg/L)</source>
        <translation>氨氮（mg/L）</translation>
    </message>
    <message>
        <source>COD (mg/L)</source>
        <translation>COD（mg/L）</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>混接程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rank among districts</source>
        <translation>全市排名</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Network length (km)</source>
        <translation>管网长度（km）</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>分子/分母</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>City fraction</source>
        <translation>全市分子/分母</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Per inspected km</source>
        <translation>每检测公里</translation>
    </message>
    <message>
        <source>City defects</source>
        <translation>全市缺陷数</translation>
    </message>
    <message>
        <source>City per inspected km</source>
        <translation>全市每检测公里</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Districts compared</source>
        <translation>各区对比</translation>
    </message>
    <message>
        <source>Grade I per km</source>
        <translation>I 级每公里</translation>
    </message>
    <message>
        <source>Grade II per km</source>
        <translation>II 级每公里</translation>
    </message>
    <message>
        <source>Grade III per km</source>
        <translation>III 级每公里</translation>
    </message>
    <message>
        <source>Grade IV per km</source>
        <translation>IV 级每公里</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Unit costs</source>
        <translation>单价依据</translation>
    </message>
    <message>
        <source>Separation projects</source>
        <translation>雨污分流改造项目</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Combined length (m)</source>
        <translation>合流管长度（m）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>估算投资</translation>
    </message>
    <message>
        <source>Findings closed / in scope</source>
        <translation>已销号/范围内问题</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Candidate areas</source>
        <translation>候选片区</translation>
    </message>
    <message>
        <source>Candidates&apos; households</source>
        <translation>候选片区户数</translation>
    </message>
    <message>
        <source>Candidates&apos; combined length (m)</source>
        <translation>候选片区合流管长度（m）</translation>
    </message>
    <message>
        <source>Candidates&apos; open misconnection points</source>
        <translation>候选片区未整改混接点</translation>
    </message>
    <message>
        <source>Candidates&apos; budget</source>
        <translation>候选片区估算投资</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>估算投资（元）</translation>
    </message>
    <message>
        <source>Findings in scope</source>
        <translation>范围内问题</translation>
    </message>
    <message>
        <source>Findings closed</source>
        <translation>已销号问题</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>估算明细</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit cost (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Open misconnection points</source>
        <translation>未整改混接点</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>最高混接程度</translation>
    </message>
    <message>
        <source>Combined pipes</source>
        <translation>合流管段</translation>
    </message>
    <message>
        <source>Mixed-flow manholes</source>
        <translation>混流检查井</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 is a project (or a file of one) that PipeWard has open; it cannot be used as an ordinary file here. Choose another file</source>
        <translation>%1 是管网卫士正在打开的项目（或其附属文件），不能在此当作普通文件使用。请选择其他文件</translation>
    </message>
    <message>
        <source>The project %1 is inconsistent: its schema version is %2, yet it already holds %3, which schema version %4 adds. It was not changed; restore it from a backup</source>
        <translation>项目 %1 不一致：其结构版本为 %2，却已含有结构版本 %4 才添加的 %3。项目未被修改；请从备份恢复</translation>
    </message>
    <message>
        <source>Cannot back up to %1: it is the project itself (or a file of it); choose another file</source>
        <translation>无法备份到 %1：它就是项目本身（或其附属文件）；请选择其他文件</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2 lies beside it (the file may be open in another program, or hold changes not yet merged); choose another file</source>
        <translation>无法备份到 %1：其旁边有 %2（该文件可能正被其他程序打开，或含有尚未合并的修改）；请选择其他文件</translation>
    </message>
    <message>
        <source>The copy of %1 failed its integrity check (%2), so the project itself is damaged; nothing was written to %3. Restore the project from an earlier backup</source>
        <translation>%1 的副本未通过完整性检查（%2），说明项目本身已损坏；未向 %3 写入任何内容。请从更早的备份恢复项目</translation>
    </message>
    <message>
        <source>%1 is not a complete image (%2); it may have been cut short while copying: take it again from the camera</source>
        <translation>%1 不是完整的图像（%2）；可能在复制时被截断：请从相机重新拷贝</translation>
    </message>
    <message>
        <source>%1 has %2 x %3 pixels, more than the %4 a photo may have (schemas/catalogues/limits.json)</source>
        <translation>%1 有 %2 × %3 像素，超过照片允许的 %4 像素（schemas/catalogues/limits.json）</translation>
    </message>
    <message>
        <source>%1 (district manager of %2) may not %3 order %4: that step is the assigned team&apos;s (%5), not the manager&apos;s who raises and closes the order; a city administrator may take it instead</source>
        <translation>%1（%2 区管理员）不能%3工单 %4：这一步由受派班组（%5）完成，而不是负责下发和销号的区管理员；必要时可由市级管理员代为操作</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not a valid limit (found %3)</source>
        <translation>%1：%2 缺失或不是有效的限值（实际为 %3）</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the project&apos;s settings; a city administrator does that</source>
        <translation>%1（%2）无权修改项目设置；此操作由市级管理员执行</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (write it as 2026-11-28)</source>
        <translation>%1“%2”不是日期（应写作 2026-11-28）</translation>
    </message>
    <message>
        <source>%1 %2 is before %3, the earliest date a record may carry</source>
        <translation>%1 %2 早于记录允许的最早日期 %3</translation>
    </message>
    <message>
        <source>%1 %2 is in the future (today is %3)</source>
        <translation>%1 %2 在今天之后（今天是 %3）</translation>
    </message>
    <message>
        <source>The deadline %1 is more than %2 days ahead (the latest is %3)</source>
        <translation>期限 %1 超出今天起 %2 天（最晚为 %3）</translation>
    </message>
    <message>
        <source>%1 cannot be %2: a cost is a number of zero or more</source>
        <translation>%1 不能是 %2：费用应为大于等于零的数</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it lies outside %3 to %4 (schemas/catalogues/limits.json)</source>
        <translation>%1 不能是 %2：超出 %3 至 %4 的范围（schemas/catalogues/limits.json）</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a photo may have at most %3 MB (schemas/catalogues/limits.json)</source>
        <translation>%1 有 %2 字节；照片最大为 %3 MB（schemas/catalogues/limits.json）</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; an evidence file may have at most %3 MB (schemas/catalogues/limits.json)</source>
        <translation>%1 有 %2 字节；证明材料最大为 %3 MB（schemas/catalogues/limits.json）</translation>
    </message>
    <message>
        <source>%1 is not a complete PDF document (it does not end with %%EOF); it may have been cut short while copying</source>
        <translation>%1 不是完整的 PDF 文档（结尾没有 %%EOF）；可能在复制时被截断</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a field-mapping profile: %2</source>
        <translation>%1 不是字段映射配置：%2</translation>
    </message>
    <message>
        <source>%1: &quot;title&quot; must be text</source>
        <translation>%1：&quot;title&quot; 必须是文本</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>（第 %1 列，无列名）</translation>
    </message>
    <message>
        <source>%1: the clock position &apos;%2&apos; is not hours from 1 to 12 (write 0903, 9 or 9-3)</source>
        <translation>%1：时钟位置“%2”不是 1 到 12 点（请写 0903、9 或 9-3）</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number of days above 0</source>
        <translation>%1：%2 必须是大于 0 的整数天数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (write YYYY-MM-DD, a day the calendar has)</source>
        <translation>%1：“%2”不是日期（请写成 YYYY-MM-DD，且须是日历上存在的日子）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (write YYYY-MM-DD, a day the calendar has)</source>
        <translation>“%1”不是日期（请写成 YYYY-MM-DD，且须是日历上存在的日子）</translation>
    </message>
    <message>
        <source>a number is missing</source>
        <translation>缺少数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: write a decimal point, not a comma, and no thousands separators</source>
        <translation>“%1”不是数字：请用小数点，不要用逗号，也不要用千位分隔符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>“%1”不是有限的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>“%1”超出数值范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (write digits with a decimal point, such as 12.5 or 1e2)</source>
        <translation>“%1”不是数字（请写数字和小数点，如 12.5 或 1e2）</translation>
    </message>
    <message>
        <source>%1: a number is missing</source>
        <translation>%1：缺少数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number: write a decimal point, not a comma, and no thousands separators</source>
        <translation>%1：“%2”不是数字：请用小数点，不要用逗号，也不要用千位分隔符</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1：“%2”不是有限的数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is out of range</source>
        <translation>%1：“%2”超出数值范围</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1：“%2”不是整数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number (write digits with a decimal point, such as 12.5 or 1e2)</source>
        <translation>%1：“%2”不是数字（请写数字和小数点，如 12.5 或 1e2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no import run %1 in %2</source>
        <translation>%2 中没有第 %1 次导入</translation>
    </message>
    <message>
        <source>Unknown text encoding &apos;%1&apos;</source>
        <translation>未知文本编码“%1”</translation>
    </message>
    <message>
        <source>Order %1 needs an assignee (a team or contractor) before it is issued</source>
        <translation>工单 %1 下发前需要指定责任单位（班组或施工单位）</translation>
    </message>
    <message>
        <source>Order %1 needs a deadline before it is issued</source>
        <translation>工单 %1 下发前需要设定期限</translation>
    </message>
    <message>
        <source>The deadline &apos;%1&apos; is not a date (write it as 2026-12-31)</source>
        <translation>期限“%1”不是日期（请写作 2026-12-31）</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是一个文件夹</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or allow overwriting (--overwrite)</source>
        <translation>%1 已存在；请换一个文件名，或允许覆盖（--overwrite）</translation>
    </message>
</context>
<context>
    <name>pw::BackgroundReads</name>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>pw::BulkWriteMode</name>
    <message>
        <source>The project %1 could not be switched back to its write-ahead log after the import</source>
        <translation>导入后无法将项目 %1 切换回预写日志</translation>
    </message>
</context>
<context>
    <name>pw::Collector</name>
    <message>
        <source>defect %1 (deleted)</source>
        <translation>缺陷 %1（已删除）</translation>
    </message>
    <message>
        <source>misconnection %1 (deleted)</source>
        <translation>混接点 %1（已删除）</translation>
    </message>
</context>
<context>
    <name>pw::CommunityStore</name>
    <message>
        <source>An area needs a name</source>
        <translation>范围需要名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of area (old_residential 老旧小区, campus 校园, block 街区)</source>
        <translation>“%1”不是范围类型（old_residential 老旧小区、campus 校园、block 街区）</translation>
    </message>
    <message>
        <source>The build year %1 of %2 is not a year between 1800 and 2100</source>
        <translation>%2 的建成年份 %1 不在 1800 至 2100 年之间</translation>
    </message>
    <message>
        <source>The number of households of %1 cannot be negative (%2)</source>
        <translation>%1 的户数不能为负（%2）</translation>
    </message>
    <message>
        <source>The polygon of %1 is not valid: %2</source>
        <translation>%1 的多边形无效：%2</translation>
    </message>
    <message>
        <source>The project has no CRS yet; import the network (or init --crs) before adding areas</source>
        <translation>项目尚未设定坐标系；请先导入管网（或 init --crs）再添加范围</translation>
    </message>
    <message>
        <source>There is already an area named %1</source>
        <translation>已有名为 %1 的范围</translation>
    </message>
    <message>
        <source>There is no area %1</source>
        <translation>没有范围 %1</translation>
    </message>
</context>
<context>
    <name>pw::FeatureReader</name>
    <message>
        <source>Feature %1 (%2): field %3 holds &apos;%4&apos;, which is not a number; read as missing</source>
        <translation>要素 %1（%2）：字段 %3 的值“%4”不是数字；按缺失处理</translation>
    </message>
</context>
<context>
    <name>pw::Feedback</name>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>pw::FindingsStore</name>
    <message>
        <source>There is no pipe with the id %1</source>
        <translation>没有编号为 %1 的管段</translation>
    </message>
    <message>
        <source>Inspection method &apos;%1&apos; is not one of cctv, qv, sonar, visual</source>
        <translation>检测方法“%1”不是 cctv、qv、sonar、visual 之一</translation>
    </message>
    <message>
        <source>Inspection direction &apos;%1&apos; is not with_flow or against_flow</source>
        <translation>检测方向“%1”不是 with_flow 或 against_flow</translation>
    </message>
    <message>
        <source>The inspected length cannot be negative (%1)</source>
        <translation>检测长度不能为负（%1）</translation>
    </message>
    <message>
        <source>There is no inspection %1</source>
        <translation>没有检测记录 %1</translation>
    </message>
    <message>
        <source>Inspection %1 was changed by %2 since you read it; reload it and apply your change again</source>
        <translation>检测 %1 在您读取后已被 %2 修改；请重新加载后再修改</translation>
    </message>
    <message>
        <source>Inspection %1 was changed by someone else since you read it; reload it first</source>
        <translation>检测 %1 在您读取后已被他人修改；请先重新加载</translation>
    </message>
    <message>
        <source>Unknown defect code &apos;%1&apos; (%2 knows %3)</source>
        <translation>未知缺陷代码“%1”（%2 的代码有 %3）</translation>
    </message>
    <message>
        <source>Grade %1 is not defined for %2 (%3): its grades are %4</source>
        <translation>%2（%3）没有 %1 级：其等级为 %4</translation>
    </message>
    <message>
        <source>The distance %1 m is not a position along the pipe</source>
        <translation>距离 %1 米不是管道上的位置</translation>
    </message>
    <message>
        <source>The distance %1 m is beyond the pipe&apos;s length of %2 m</source>
        <translation>距离 %1 米超出了管道长度 %2 米</translation>
    </message>
    <message>
        <source>The defect length %1 m cannot be negative</source>
        <translation>缺陷长度 %1 米不能为负</translation>
    </message>
    <message>
        <source>%1 (%2) is a local defect and has no length; record it without one</source>
        <translation>%1（%2）是局部缺陷，没有长度；请不填长度</translation>
    </message>
    <message>
        <source>The defect runs from %1 m to %2 m, beyond the pipe&apos;s length of %3 m</source>
        <translation>缺陷从 %1 米延伸到 %2 米，超出了管道长度 %3 米</translation>
    </message>
    <message>
        <source>The clock position %1 is not an hour from 1 to 12</source>
        <translation>时钟位置 %1 不是 1 到 12 点</translation>
    </message>
    <message>
        <source>There is no defect %1</source>
        <translation>没有缺陷 %1</translation>
    </message>
    <message>
        <source>Defect %1 was changed by someone else since you read it; reload it and apply your change again</source>
        <translation>缺陷 %1 在您读取后已被他人修改；请重新加载后再修改</translation>
    </message>
    <message>
        <source>Defect %1 was changed by someone else since you read it; reload it first</source>
        <translation>缺陷 %1 在您读取后已被他人修改；请先重新加载</translation>
    </message>
    <message>
        <source>Misconnection type &apos;%1&apos; is not in the catalogue (%2)</source>
        <translation>混接类型“%1”不在目录中（%2）</translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; is not one of %2</source>
        <translation>状态“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>Source kind &apos;%1&apos; is not one of %2</source>
        <translation>来源类型“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>Weather &apos;%1&apos; is not one of %2</source>
        <translation>天气“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>There is no manhole with the id %1</source>
        <translation>没有编号为 %1 的检查井</translation>
    </message>
    <message>
        <source>A misconnection point needs a place: a manhole, a pipe or a position</source>
        <translation>混接点需要位置：检查井、管段或坐标</translation>
    </message>
    <message>
        <source>There is no misconnection %1</source>
        <translation>没有混接点 %1</translation>
    </message>
    <message>
        <source>Misconnection %1 was changed by someone else since you read it; reload it and apply your change again</source>
        <translation>混接点 %1 在您读取后已被他人修改；请重新加载后再修改</translation>
    </message>
    <message>
        <source>Misconnection %1 was changed by someone else since you read it; reload it first</source>
        <translation>混接点 %1 在您读取后已被他人修改；请先重新加载</translation>
    </message>
    <message>
        <source>The inspected length %1 m is far beyond the pipe&apos;s length of %2 m (at most %3 m)</source>
        <translation>检测长度 %1 米远超管段长度 %2 米（最多 %3 米）</translation>
    </message>
    <message>
        <source>Inspection %1 holds defect %2 of the open order %3; it cannot be deleted until the order is closed or cancelled</source>
        <translation>检测 %1 含有未完结工单 %3 的缺陷 %2；在该工单销号或撤销之前不能删除</translation>
    </message>
    <message>
        <source>Defect %1 belongs to the open order %2; its inspection, code and distance cannot change until the order is closed or cancelled</source>
        <translation>缺陷 %1 属于未完结工单 %2；在该工单销号或撤销之前，其所属检测、缺陷代码和距离不能修改</translation>
    </message>
    <message>
        <source>Defect %1 belongs to the open order %2; it cannot be deleted until the order is closed or cancelled</source>
        <translation>缺陷 %1 属于未完结工单 %2；在该工单销号或撤销之前不能删除</translation>
    </message>
    <message>
        <source>%1 (field team %2) may not record an inspection for team %3; each team records its own</source>
        <translation>%1（外业班组 %2）不能为班组 %3 记录检测；各班组只记录本班组的检测</translation>
    </message>
    <message>
        <source>%1 (field team %2) may not add findings to inspection %3 of team %4</source>
        <translation>%1（外业班组 %2）不能向班组 %4 的检测 %3 添加问题记录</translation>
    </message>
    <message>
        <source>A misconnection point is at a manhole or on a pipe, not both (manhole %1, pipe %2): give one of them</source>
        <translation>混接点位于检查井或管段上，不能同时两者（检查井 %1，管段 %2）：请只指定其一</translation>
    </message>
    <message>
        <source>Misconnection point %1 belongs to the open order %2; it cannot be deleted until the order is closed or cancelled</source>
        <translation>混接点 %1 属于未完结工单 %2；在该工单销号或撤销之前不能删除</translation>
    </message>
</context>
<context>
    <name>pw::LayerWriter</name>
    <message>
        <source>Feature %1: the pipe id %2 is already used by feature %5; this one was not imported</source>
        <translation>要素 %1：管道编号 %2 已被要素 %5 使用；本要素未导入</translation>
    </message>
    <message>
        <source>Feature %1: the manhole id %2 is already used by feature %5; this one was not imported</source>
        <translation>要素 %1：检查井编号 %2 已被要素 %5 使用；本要素未导入</translation>
    </message>
    <message>
        <source>Feature %1: the district code %2 is already used by feature %5; this one was not imported</source>
        <translation>要素 %1：行政区代码 %2 已被要素 %5 使用；本要素未导入</translation>
    </message>
    <message>
        <source>Feature %1: the id %2 is also feature %5 of %6, imported in the same batch; this one was not imported</source>
        <translation>要素 %1：编号 %2 与同批导入的 %6 中的要素 %5 重复；本要素未导入</translation>
    </message>
</context>
<context>
    <name>pw::Limits</name>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>pw::NetworkGraph</name>
    <message>
        <source>Pipe %1 is not linked to manholes at both ends, so the flow cannot be followed from it</source>
        <translation>管段 %1 两端未都连接到检查井，无法从它追踪水流</translation>
    </message>
</context>
<context>
    <name>pw::OrderRules</name>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not an object</source>
        <translation>%1：“%2”缺失或不是对象</translation>
    </message>
    <message>
        <source>%1: %2 must be a number of metres of at least 0 (found %3)</source>
        <translation>%1：%2 必须是不小于 0 的米数（实际为 %3）</translation>
    </message>
</context>
<context>
    <name>pw::OrderStore</name>
    <message>
        <source>There is no order %1</source>
        <translation>不存在工单 %1</translation>
    </message>
    <message>
        <source>Order %1 was changed by %2 since you read it (now %3); reload it and try again</source>
        <translation>工单 %1 在您读取后已被 %2 修改（现为 %3）；请重新加载后再试</translation>
    </message>
    <message>
        <source>To %1 order %2, say why (a note)</source>
        <translation>要%1工单 %2，请填写原因（备注）</translation>
    </message>
    <message>
        <source>A suspension needs the approved new deadline as a date (2026-12-31)</source>
        <translation>挂起需要填写批准的新期限日期（如 2026-12-31）</translation>
    </message>
    <message>
        <source>The new deadline %1 has already passed</source>
        <translation>新期限 %1 已经过去</translation>
    </message>
    <message>
        <source>A signed re-inspection record needs the signer&apos;s name and the record itself as evidence</source>
        <translation>签字复查记录需要签字人姓名，并以记录本身作为证据</translation>
    </message>
    <message>
        <source>Order %1 cannot be closed until its findings are verified resolved (%2); re-inspect them, or close with a signed re-inspection record</source>
        <translation>工单 %1 的问题经核实解决前不能销号（%2）；请复查，或凭签字复查记录销号</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else since you read it; reload it first</source>
        <translation>工单 %1 在您读取后已被他人修改；请先重新加载</translation>
    </message>
    <message>
        <source>the misconnection point is %1, not resolved</source>
        <translation>混接点状态为“%1”，尚未解决</translation>
    </message>
    <message>
        <source>pipe %1 has not been re-inspected since the order was issued</source>
        <translation>管段 %1 自工单下发后尚未复查</translation>
    </message>
    <message>
        <source>the re-inspection of %1 still shows %2 at %3 m</source>
        <translation>%1 的复查在 %3 米处仍有 %2</translation>
    </message>
    <message>
        <source>There is no defect %1</source>
        <translation>没有缺陷 %1</translation>
    </message>
    <message>
        <source>There is no misconnection point %1</source>
        <translation>不存在混接点 %1</translation>
    </message>
    <message>
        <source>An order is raised from defects or misconnection points, not from &apos;%1&apos;</source>
        <translation>工单由缺陷或混接点生成，不能由“%1”生成</translation>
    </message>
    <message>
        <source>An order needs at least one defect or misconnection point</source>
        <translation>工单至少需要一个缺陷或混接点</translation>
    </message>
    <message>
        <source>%1 lies outside every district, so no district can own an order for it</source>
        <translation>%1 不在任何行政区内，没有区可以负责它的工单</translation>
    </message>
    <message>
        <source>The findings lie in several districts (%1 is in another one); raise one order per district</source>
        <translation>这些问题分属多个区（%1 在另一个区）；请每个区各建一张工单</translation>
    </message>
    <message>
        <source>%1 is already in the open order %2</source>
        <translation>%1 已在未关闭的工单 %2 中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an order kind (repair, maintenance, separation, reinspection)</source>
        <translation>“%1”不是工单类型（repair、maintenance、separation、reinspection）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority (urgent, high, normal, low)</source>
        <translation>“%1”不是优先级（urgent、high、normal、low）</translation>
    </message>
    <message>
        <source>Bulk orders are raised for structural, functional or misconnection findings, not &apos;%1&apos;</source>
        <translation>批量工单只能针对结构性、功能性缺陷或混接点，不能针对“%1”</translation>
    </message>
    <message>
        <source>Order %1 is %2 and can no longer be changed</source>
        <translation>工单 %1 已%2，不能再修改</translation>
    </message>
    <message>
        <source>%1 may not sign the re-inspection record of order %2: it is an order of their own district; someone else re-inspects and signs, or a city administrator closes it</source>
        <translation>%1 不能签署工单 %2 的复查记录：这是其本区的工单；应由他人复查签字，或由市级管理员销号</translation>
    </message>
    <message>
        <source>Grade %1 is not in the catalogue for %2 findings; its grades are %3</source>
        <translation>标准目录中 %2 类问题没有 %1 级；其等级为 %3</translation>
    </message>
</context>
<context>
    <name>pw::OutputFile</name>
    <message>
        <source>%1 was written after it was closed</source>
        <translation>%1 在关闭后又被写入</translation>
    </message>
</context>
<context>
    <name>pw::PartialFile</name>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Cannot move the copy into place as %1: %2</source>
        <translation>无法将副本移动到 %1：%2</translation>
    </message>
</context>
<context>
    <name>pw::Placement</name>
    <message>
        <source>The position (%1) is not a pair of numbers</source>
        <translation>位置（%1）不是一对数字</translation>
    </message>
    <message>
        <source>The position (%1) lies %2 m outside the project&apos;s network and districts, farther than the margin of %3 m; check the coordinates (X and Y swapped? a digit missing?)</source>
        <translation>位置（%1）在项目管网和行政区范围之外 %2 米，超过允许的 %3 米；请检查坐标（X 与 Y 是否颠倒？是否漏了一位数字？）</translation>
    </message>
    <message>
        <source>The position (%1) cannot be placed in the project CRS %2</source>
        <translation>位置（%1）无法落在项目坐标系 %2 中</translation>
    </message>
    <message>
        <source>The position (%1) lies outside the area of use of the project CRS %2 (%3)</source>
        <translation>位置（%1）超出项目坐标系 %2 的适用范围（%3）</translation>
    </message>
</context>
<context>
    <name>pw::Project</name>
    <message>
        <source>%1 already exists; open it, or choose another file name for the new project</source>
        <translation>%1 已存在；请打开它，或为新项目另选文件名</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a projected CRS in metres; a project needs one (for example EPSG:4549, CGCS2000 3-degree Gauss-Kruger CM 120E)</source>
        <translation>EPSG:%1 不是以米为单位的投影坐标系；项目需要投影坐标系（例如 EPSG:4549，CGCS2000 3度带高斯-克吕格 中央经线 120°E）</translation>
    </message>
    <message>
        <source>The project %1 does not exist; create it with init</source>
        <translation>项目 %1 不存在；请用 init 新建</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PipeWard project</source>
        <translation>%1 是 SQLite 数据库，但不是管网卫士项目</translation>
    </message>
    <message>
        <source>%1 was written by a newer PipeWard (schema %2, this one knows %3); update PipeWard</source>
        <translation>%1 由更新版本的管网卫士写入（结构版本 %2，本版本支持 %3）；请升级管网卫士</translation>
    </message>
    <message>
        <source>The project already has the CRS EPSG:%1</source>
        <translation>项目已有坐标系 EPSG:%1</translation>
    </message>
    <message>
        <source>Could not add the geometry column %1.%2</source>
        <translation>无法添加几何列 %1.%2</translation>
    </message>
    <message>
        <source>The project %1 has schema %2 and needs upgrading to %3 before this PipeWard can use it, but its folder is not writable. Open it where it can be written</source>
        <translation>项目 %1 的结构版本为 %2，须升级到 %3 才能被本版管网卫士使用，但其所在文件夹不可写。请在可写的位置打开它</translation>
    </message>
    <message>
        <source>The project %1 has schema %2 and needs upgrading to %3 before this PipeWard can use it, but the file is not writable (see its permissions)</source>
        <translation>项目 %1 的结构版本为 %2，须升级到 %3 才能被本版管网卫士使用，但文件不可写（请检查其权限）</translation>
    </message>
</context>
<context>
    <name>pw::RasterSource</name>
    <message>
        <source>%1 cannot be read as a raster image: %2</source>
        <translation>%1 无法作为栅格影像读取：%2</translation>
    </message>
    <message>
        <source>%1 has no georeferencing (no world file or GeoTIFF tags), so it cannot be placed on the map</source>
        <translation>%1 没有地理配准信息（无坐标文件或 GeoTIFF 标签），无法放到地图上</translation>
    </message>
    <message>
        <source>%1 cannot be reprojected into the project CRS: %2</source>
        <translation>%1 无法投影到项目坐标系：%2</translation>
    </message>
</context>
<context>
    <name>pw::Reader</name>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation>目录 %1 在 %2 处无效：%3</translation>
    </message>
</context>
<context>
    <name>pw::RowReader</name>
    <message>
        <source>The row has %1 cells, the header %2: a decimal comma or a delimiter in a cell without quotes has shifted them</source>
        <translation>该行有 %1 个单元格，表头有 %2 个：小数逗号或未加引号的单元格中的分隔符使各列错位</translation>
    </message>
    <message>
        <source>There is no pipe with the id &apos;%1&apos; in the project</source>
        <translation>项目中没有编号为“%1”的管段</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a grade from 1 to 4</source>
        <translation>“%1”不是 1 到 4 级的等级</translation>
    </message>
    <message>
        <source>No inspection date: add a date column or state --date</source>
        <translation>没有检测日期：请增加日期列或用 --date 指定</translation>
    </message>
</context>
<context>
    <name>pw::SeparationCosts</name>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1: combined_pipe_becomes must be &quot;rain&quot; or &quot;sewage&quot; (found %2)</source>
        <translation>%1：combined_pipe_becomes 必须是 &quot;rain&quot; 或 &quot;sewage&quot;（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not an object</source>
        <translation>%1：“%2”缺失或不是对象</translation>
    </message>
</context>
<context>
    <name>pw::SeparationStore</name>
    <message>
        <source>There is no area %1</source>
        <translation>没有范围 %1</translation>
    </message>
    <message>
        <source>A project&apos;s scope holds misconnection points, defects, pipes and manholes, not &apos;%1&apos;</source>
        <translation>项目范围只能包含混接点、缺陷、管段和检查井，不能是“%1”</translation>
    </message>
    <message>
        <source>There is no %1 %2</source>
        <translation>没有 %1 %2</translation>
    </message>
    <message>
        <source>A separation project needs a name</source>
        <translation>雨污分流项目需要名称</translation>
    </message>
    <message>
        <source>There is already a separation project named %1</source>
        <translation>已有名为 %1 的雨污分流项目</translation>
    </message>
    <message>
        <source>A separation project needs at least one area</source>
        <translation>雨污分流项目至少需要一个范围</translation>
    </message>
    <message>
        <source>There is no separation project %1</source>
        <translation>没有雨污分流项目 %1</translation>
    </message>
    <message>
        <source>Separation project %1 was changed by someone else since you read it; reload it first</source>
        <translation>雨污分流项目 %1 在您读取后已被他人修改；请先重新加载</translation>
    </message>
    <message>
        <source>%1 %2 is not in the project %3</source>
        <translation>%1 %2 不在项目 %3 中</translation>
    </message>
    <message>
        <source>To take project %1 back from %2 to %3, say why (a note)</source>
        <translation>将项目 %1 从%2退回到%3，须说明原因（备注）</translation>
    </message>
    <message>
        <source>Project %1 is %2: it can go forward one step or back one step, not to %3</source>
        <translation>项目 %1 处于%2阶段：只能前进一步或退回一步，不能转到%3</translation>
    </message>
    <message>
        <source>There is no order %1</source>
        <translation>不存在工单 %1</translation>
    </message>
    <message>
        <source>Order %1 is already linked to project %2</source>
        <translation>工单 %1 已关联到项目 %2</translation>
    </message>
</context>
<context>
    <name>pw::StagedOutput</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是一个文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the project file itself</source>
        <translation>无法写入 %1：这就是项目文件本身</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or allow overwriting (--overwrite)</source>
        <translation>%1 已存在；请换一个文件名，或允许覆盖（--overwrite）</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>No output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
</context>
<context>
    <name>pw::TempDir</name>
    <message>
        <source>Cannot create a temporary directory in %1</source>
        <translation>无法在 %1 中创建临时目录</translation>
    </message>
</context>
<context>
    <name>pw::TimeZone</name>
    <message>
        <source>There is no time zone &apos;%1&apos; in the tz database (%2); write it as a region and city, for example Asia/Shanghai</source>
        <translation>时区数据库（%2）中没有时区“%1”；请写作“地区/城市”，例如 Asia/Shanghai</translation>
    </message>
</context>
<context>
    <name>pw::TzifReader</name>
    <message>
        <source>The time zone file %1 is damaged or not a TZif file; reinstall the tz database (tzdata)</source>
        <translation>时区文件 %1 已损坏或不是 TZif 文件；请重新安装时区数据库（tzdata）</translation>
    </message>
</context>
<context>
    <name>pw::UserStore</name>
    <message>
        <source>%1 (%2) may not add users; a city administrator does that</source>
        <translation>%1（%2）无权添加用户；此操作由市级管理员执行</translation>
    </message>
    <message>
        <source>A user name must not be empty or contain spaces: &apos;%1&apos;</source>
        <translation>用户名不能为空或包含空格：“%1”</translation>
    </message>
    <message>
        <source>There is already a user %1</source>
        <translation>用户 %1 已存在</translation>
    </message>
    <message>
        <source>A district manager needs a district (--district)</source>
        <translation>区级管理员需要指定行政区（--district）</translation>
    </message>
    <message>
        <source>A field team user needs a team (--team)</source>
        <translation>检测班组用户需要指定班组（--team）</translation>
    </message>
    <message>
        <source>%1 (%2) may not change users; a city administrator does that</source>
        <translation>%1（%2）无权修改用户；此操作由市级管理员执行</translation>
    </message>
    <message>
        <source>There is no user %1</source>
        <translation>不存在用户 %1</translation>
    </message>
    <message>
        <source>User %1 is no longer active</source>
        <translation>用户 %1 已停用</translation>
    </message>
    <message>
        <source>Unknown user &apos;%1&apos;; the project&apos;s users are: %2</source>
        <translation>未知用户“%1”；项目的用户有：%2</translation>
    </message>
    <message>
        <source>A user name must be UTF-8 text</source>
        <translation>用户名必须是 UTF-8 文本</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is %2 bytes long; a name may have at most %3 bytes (it becomes a database role name on a server; a Chinese character takes 3)</source>
        <translation>用户名“%1”长 %2 字节；用户名最多 %3 字节（在服务器上会成为数据库角色名；一个汉字占 3 字节）</translation>
    </message>
    <message>
        <source>%1 is the last active city administrator and cannot be deactivated: make another user a city administrator first</source>
        <translation>%1 是最后一位在用的市级管理员，不能停用：请先让另一位用户成为市级管理员</translation>
    </message>
</context>
<context>
    <name>pw::VectorSource</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 has no .dbf attribute table next to it, so its ids and other fields are missing; deliver the .dbf with the .shp</source>
        <translation>%1 旁没有 .dbf 属性表，缺少编号和其他字段；请随 .shp 一起提供 .dbf</translation>
    </message>
    <message>
        <source>Cannot copy %1 to a temporary folder</source>
        <translation>无法将 %1 复制到临时文件夹</translation>
    </message>
    <message>
        <source>the .shx index was missing; PipeWard rebuilt it in a temporary copy (your files were not changed)</source>
        <translation>缺少 .shx 索引；管网卫士已在临时副本中重建（您的文件未被修改）</translation>
    </message>
    <message>
        <source>%1 cannot be read as a shapefile: %2</source>
        <translation>%1 无法作为 Shapefile 读取：%2</translation>
    </message>
    <message>
        <source>the .cpg file does not name an encoding (it says &apos;%1&apos;); ignored</source>
        <translation>.cpg 文件没有给出编码（内容为“%1”）；已忽略</translation>
    </message>
    <message>
        <source>field names cut to 10 characters were restored from %1</source>
        <translation>已根据 %1 恢复被截断为 10 个字符的字段名</translation>
    </message>
    <message>
        <source>%1 holds no vector layer</source>
        <translation>%1 中没有矢量图层</translation>
    </message>
    <message>
        <source>the %1 format stores text as UTF-8</source>
        <translation>%1 格式以 UTF-8 存储文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a text encoding PipeWard knows (use GBK, UTF-8, GB18030, BIG5, CP1252 ...)</source>
        <translation>“%1”不是管网卫士支持的文本编码（可用 GBK、UTF-8、GB18030、BIG5、CP1252 等）</translation>
    </message>
    <message>
        <source>stated by the user</source>
        <translation>由用户指定</translation>
    </message>
    <message>
        <source>the .cpg file says %1</source>
        <translation>.cpg 文件声明为 %1</translation>
    </message>
    <message>
        <source>the DBF language byte %1 says %2</source>
        <translation>DBF 语言字节 %1 表示 %2</translation>
    </message>
    <message>
        <source>no .cpg file, and the DBF language byte %1 names no encoding</source>
        <translation>没有 .cpg 文件，DBF 语言字节 %1 也未指明编码</translation>
    </message>
    <message>
        <source>the .prj file was ignored because the CRS was stated</source>
        <translation>已指定坐标系，.prj 文件被忽略</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <source>declared by the %1 source</source>
        <translation>由 %1 数据源声明</translation>
    </message>
    <message>
        <source>%1: the CRS %2 (%3) is geographic but the coordinates (%4) are not longitude and latitude; state the right CRS with --assume-crs</source>
        <translation>%1：坐标系 %2（%3）是地理坐标系，但坐标（%4）不是经纬度；请用 --assume-crs 指定正确的坐标系</translation>
    </message>
    <message>
        <source>%1: the CRS %2 (%3) expects eastings near %4, but the coordinates are %5; the CRS does not fit the data, state the right one with --assume-crs</source>
        <translation>%1：坐标系 %2（%3）的东坐标应在 %4 附近，但实际坐标为 %5；坐标系与数据不符，请用 --assume-crs 指定正确的坐标系</translation>
    </message>
    <message>
        <source>%1: cannot read feature %2: %3; the file is damaged or truncated</source>
        <translation>%1：无法读取要素 %2：%3；文件已损坏或被截断</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 features could be read; the file is damaged or truncated</source>
        <translation>%1：%3 个要素中只能读取 %2 个；文件已损坏或被截断</translation>
    </message>
</context>
<context>
    <name>pw::VectorWriter</name>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL 没有 %1 驱动</translation>
    </message>
</context>
<context>
    <name>pw::VectorWriter::Impl</name>
    <message>
        <source>Cannot write %1: read back, it holds %2 records instead of %3</source>
        <translation>无法写入 %1：读回后有 %2 条记录，而非 %3 条</translation>
    </message>
    <message>
        <source>Cannot write %1: the file written cannot be read back (%2)</source>
        <translation>无法写入 %1：写出的文件无法读回（%2）</translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不带参数值</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要参数值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>The photo file %1 does not exist</source>
        <translation>照片文件 %1 不存在</translation>
    </message>
    <message>
        <source>--at takes X,Y in the project CRS, not %1</source>
        <translation>--at 应为项目坐标系中的 X,Y，而不是 %1</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist</source>
        <translation>佐证文件 %1 不存在</translation>
    </message>
    <message>
        <source>order edit needs at least one of %1</source>
        <translation>order edit 至少需要以下选项之一：%1</translation>
    </message>
    <message>
        <source>%1 goes with suspend (the approved new deadline); change a deadline with order edit</source>
        <translation>%1 只用于 suspend（批准的新期限）；修改期限请用 order edit</translation>
    </message>
    <message>
        <source>%1 goes with close (a signed re-inspection record)</source>
        <translation>%1 只用于 close（签字的复检记录）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an order state (%2)</source>
        <translation>“%1”不是工单状态（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority (urgent, high, normal, low)</source>
        <translation>“%1”不是优先级（urgent、high、normal、low）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an order kind (repair, maintenance, separation, reinspection)</source>
        <translation>“%1”不是工单类型（repair、maintenance、separation、reinspection）</translation>
    </message>
    <message>
        <source>option %1 takes a whole number above 0</source>
        <translation>选项 %1 需要大于 0 的整数</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <source>plan costs takes show or set, not &apos;%1&apos;</source>
        <translation>plan costs 只接受 show 或 set，不接受“%1”</translation>
    </message>
    <message>
        <source>Drawing a report needs the Qt GUI application</source>
        <translation>绘制报告需要 Qt 图形应用程序</translation>
    </message>
    <message>
        <source>a scope item is written ENTITY:ID (misconnection:3, defect:7, pipe:HS-0042, manhole:H0001, area:2), not &apos;%1&apos;</source>
        <translation>范围条目应写作 类别:编号（misconnection:3、defect:7、pipe:HS-0042、manhole:H0001、area:2），而不是“%1”</translation>
    </message>
    <message>
        <source>option %1 is required here</source>
        <translation>此处必须给出选项 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project status (planning, design, construction, completed, accepted)</source>
        <translation>“%1”不是项目状态（planning 规划、design 设计、construction 施工、completed 完工、accepted 验收）</translation>
    </message>
    <message>
        <source>Argument %1 &apos;%2&apos; is not UTF-8 text (set the terminal to UTF-8, or rename the file)</source>
        <translation>第 %1 个参数“%2”不是 UTF-8 文本（请把终端设为 UTF-8，或重命名文件）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not UTF-8 text (set the terminal to UTF-8, or rename the file)</source>
        <translation>%1：“%2”不是 UTF-8 文本（请把终端设为 UTF-8，或重命名文件）</translation>
    </message>
    <message>
        <source>There is no defect %1</source>
        <translation>没有缺陷 %1</translation>
    </message>
    <message>
        <source>There is no inspection %1</source>
        <translation>没有检测记录 %1</translation>
    </message>
    <message>
        <source>There is no misconnection %1</source>
        <translation>没有混接点 %1</translation>
    </message>
</context>
<context>
    <name>pw::crs</name>
    <message>
        <source>&apos;%1&apos; is not an EPSG code; write it as EPSG:4528</source>
        <translation>“%1”不是 EPSG 代码；请写成 EPSG:4528 的形式</translation>
    </message>
    <message>
        <source>%1 is not a coordinate system definition (%2); fix or remove it, or state the CRS with --assume-crs</source>
        <translation>%1 不是坐标系定义（%2）；请修正或删除它，或用 --assume-crs 指定坐标系</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <source>recognised from the coordinates: 8-digit eastings carry the 3-degree zone prefix %1</source>
        <translation>根据坐标识别：8 位东坐标带有 3 度带带号 %1</translation>
    </message>
    <message>
        <source>recognised from the coordinates: longitude and latitude in China (CGCS2000)</source>
        <translation>根据坐标识别：中国范围内的经纬度（CGCS2000）</translation>
    </message>
    <message>
        <source>recognised from the coordinates: Gauss-Kruger eastings without zone prefix, central meridian %1E taken from the project CRS</source>
        <translation>根据坐标识别：不带带号的高斯-克吕格东坐标，中央经线 %1°E 取自项目坐标系</translation>
    </message>
    <message>
        <source>the CRS of the first import</source>
        <translation>第一次导入数据的坐标系</translation>
    </message>
    <message>
        <source>the CGCS2000 3-degree zone around the first import&apos;s longitude and latitude</source>
        <translation>第一次导入数据经纬度所在的 CGCS2000 3 度带</translation>
    </message>
    <message>
        <source>The project needs a projected CRS in metres and &apos;%1&apos; is not one; create the project with init --crs EPSG:n</source>
        <translation>项目需要以米为单位的投影坐标系，“%1”不是；请用 init --crs EPSG:n 新建项目</translation>
    </message>
</context>
<context>
    <name>pw::desktop::BulkOrderDialog</name>
    <message>
        <source>Bulk orders</source>
        <translation>批量建单</translation>
    </message>
    <message>
        <source>structural defects</source>
        <translation>结构性缺陷</translation>
    </message>
    <message>
        <source>functional defects</source>
        <translation>功能性缺陷</translation>
    </message>
    <message>
        <source>misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>Of grade at least</source>
        <translation>等级不低于</translation>
    </message>
    <message>
        <source>One draft order per pipe (defects) or per point (misconnections) that has no open order yet. For all of them:</source>
        <translation>为尚无未完结工单的每根管段（缺陷）或每个点位（混接）各建一张草稿工单。统一填写：</translation>
    </message>
    <message>
        <source>Raise the orders</source>
        <translation>创建工单</translation>
    </message>
</context>
<context>
    <name>pw::desktop::DashboardPanel</name>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>A month (2026-03), a quarter (2026-Q1), a year (2026) or a range (2026-01-01..2026-02-15)</source>
        <translation>月（2026-03）、季度（2026-Q1）、年（2026）或日期范围（2026-01-01..2026-02-15）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Closed in period</source>
        <translation>本期销号</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>平均整改天数</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退回率</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>Grade III-IV defects per km</source>
        <translation>每公里Ⅲ–Ⅳ级缺陷</translation>
    </message>
    <message>
        <source>Misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>Misconnection density</source>
        <translation>混接密度</translation>
    </message>
    <message>
        <source>Double-click an order number to see the orders behind it</source>
        <translation>双击工单数字查看对应工单</translation>
    </message>
    <message>
        <source>%1 to %2, figures as on %3</source>
        <translation>%1 至 %2，数据截至 %3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Completion and on-time rate (%)</source>
        <translation>完成率与按期率（%）</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>超期工单</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3: %n order(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3：%n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::DefectDialog</name>
    <message>
        <source>not measured</source>
        <translation>未测</translation>
    </message>
    <message>
        <source>Record a defect on pipe %1</source>
        <translation>在管段 %1 上记录缺陷</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检测</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>with the flow</source>
        <translation>顺流</translation>
    </message>
    <message>
        <source>against the flow</source>
        <translation>逆流</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>Periscope (QV)</source>
        <translation>管道潜望镜 (QV)</translation>
    </message>
    <message>
        <source>Sonar</source>
        <translation>声纳</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>目视</translation>
    </message>
    <message>
        <source>With the flow (from the upstream manhole)</source>
        <translation>顺流（自上游检查井）</translation>
    </message>
    <message>
        <source>Against the flow (from the downstream manhole)</source>
        <translation>逆流（自下游检查井）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检测班组</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>structural</source>
        <translation>结构性等级</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>功能性等级</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Edit defect %1</source>
        <translation>编辑缺陷 %1</translation>
    </message>
    <message>
        <source>Attach photo...</source>
        <translation>添加照片...</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Distance from the start manhole</source>
        <translation>距起始井距离</translation>
    </message>
    <message>
        <source>Length (continuous defects)</source>
        <translation>长度（连续性缺陷）</translation>
    </message>
    <message>
        <source>Clock position</source>
        <translation>时钟位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（分值 %2）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Grade %1: %2</source>
        <translation>%1 级：%2</translation>
    </message>
</context>
<context>
    <name>pw::desktop::DefectKind</name>
    <message>
        <source>There is no defect %1</source>
        <translation>没有缺陷 %1</translation>
    </message>
</context>
<context>
    <name>pw::desktop::EditCommands</name>
    <message>
        <source>Add defect %1</source>
        <translation>添加缺陷 %1</translation>
    </message>
    <message>
        <source>Edit defect</source>
        <translation>编辑缺陷</translation>
    </message>
    <message>
        <source>Delete defect</source>
        <translation>删除缺陷</translation>
    </message>
    <message>
        <source>Add misconnection point</source>
        <translation>添加混接点</translation>
    </message>
    <message>
        <source>Edit misconnection point</source>
        <translation>编辑混接点</translation>
    </message>
    <message>
        <source>Delete misconnection point</source>
        <translation>删除混接点</translation>
    </message>
</context>
<context>
    <name>pw::desktop::ExportDialog</name>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>Rectification orders</source>
        <translation>整改工单</translation>
    </message>
    <message>
        <source>Import issues</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Export a layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部行政区</translation>
    </message>
    <message>
        <source>All drainage types</source>
        <translation>全部排水类型</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>Sewage</source>
        <translation>污水</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>合流</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue orders only</source>
        <translation>仅逾期工单</translation>
    </message>
    <message>
        <source>Only the feature selected on the map</source>
        <translation>仅地图上选中的要素</translation>
    </message>
    <message>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>Shapefile (.shp)</source>
        <translation>Shapefile (.shp)</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV，供 Excel 使用 (.csv)</translation>
    </message>
    <message>
        <source>GBK (with .cpg; what most Chinese GIS software reads)</source>
        <translation>GBK（附 .cpg；国内多数 GIS 软件可读）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Drainage type</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Order state</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Shapefile text</source>
        <translation>Shapefile 文字编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to export</source>
        <translation>
            <numerusform>将导出 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1 (%2, %3).</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1（%2，%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n field name(s) shortened; see the .fields.csv beside it.</source>
        <translation>
            <numerusform> %n 个字段名已缩短，对照见同目录的 .fields.csv。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::FindingsTools</name>
    <message>
        <source>Click on a pipe where the defect is</source>
        <translation>请在缺陷所在管段上点击</translation>
    </message>
    <message>
        <source>Click on the manhole, pipe or spot of the misconnection</source>
        <translation>请点击混接所在的检查井、管段或位置</translation>
    </message>
    <message>
        <source>Click on a pipe or manhole to trace from</source>
        <translation>请点击作为追踪起点的管段或检查井</translation>
    </message>
    <message>
        <source>Click on a pipe to record a defect on it</source>
        <translation>请点击管段以记录缺陷</translation>
    </message>
    <message>
        <source>Defect recorded</source>
        <translation>缺陷已记录</translation>
    </message>
    <message>
        <source>Record a defect</source>
        <translation>记录缺陷</translation>
    </message>
    <message>
        <source>Misconnection point recorded</source>
        <translation>混接点已记录</translation>
    </message>
    <message>
        <source>Record a misconnection point</source>
        <translation>记录混接点</translation>
    </message>
    <message>
        <source>Misconnection point deleted</source>
        <translation>混接点已删除</translation>
    </message>
    <message>
        <source>Misconnection point saved</source>
        <translation>混接点已保存</translation>
    </message>
    <message>
        <source>Misconnection point</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>%1 pipes traced</source>
        <translation>已追踪 %1 条管段</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
</context>
<context>
    <name>pw::desktop::HistoryDialog</name>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>时间 / 字段</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>操作人 / 修改前</translation>
    </message>
    <message>
        <source>Change / after</source>
        <translation>操作 / 修改后</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>没有修改记录</translation>
    </message>
</context>
<context>
    <name>pw::desktop::IdentifyPanel</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>pw::desktop::ImportWizard</name>
    <message>
        <source>Check what was detected</source>
        <translation>核对识别结果</translation>
    </message>
    <message>
        <source>Correct the role, encoding, CRS or field mapping where the detection is wrong.</source>
        <translation>如识别有误，请修改图层角色、编码、坐标系或字段映射。</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>automatic (from .prj or the coordinates), or EPSG:4549</source>
        <translation>自动（来自 .prj 或坐标），或填写如 EPSG:4549</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>图层角色</translation>
    </message>
    <message>
        <source>Field profile</source>
        <translation>字段配置</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>PipeWard field</source>
        <translation>管网卫士字段</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <source>Save mapping as profile...</source>
        <translation>将映射保存为配置…</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>读取到的前几行：</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>Role: %1 (%2)</source>
        <translation>图层角色：%1（%2）</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>字段配置：%1（%2）</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>编码：%1（%2）</translation>
    </message>
    <message>
        <source>CRS: %1 %2 (%3)</source>
        <translation>坐标系：%1 %2（%3）</translation>
    </message>
    <message>
        <source>CRS: unknown; the file has no .prj and its coordinates do not tell. Enter the EPSG code above.</source>
        <translation>坐标系：未知；文件没有 .prj，也无法从坐标判断。请在上方填写 EPSG 代码。</translation>
    </message>
    <message>
        <source>%1 features of %2</source>
        <translation>%1 个%2要素</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（不映射）</translation>
    </message>
    <message>
        <source>edited by the user</source>
        <translation>由用户修改</translation>
    </message>
    <message>
        <source>Import survey data</source>
        <translation>导入测绘数据</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Shapefiles (or zipped shapefiles, GeoPackages, GeoJSON ...) of pipes, manholes and districts. Several at once are imported together, all or nothing.</source>
        <translation>管道、检查井和行政区的 Shapefile（或压缩的 Shapefile、GeoPackage、GeoJSON 等）。多个文件一起导入，要么全部成功，要么全部不导入。</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Vector data (*.shp *.zip *.gpkg *.geojson *.json *.dxf *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.shp *.zip *.gpkg *.geojson *.json *.dxf *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The project changes only when every file has been read and checked.</source>
        <translation>所有文件读取并检查完毕后，项目才会修改。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>The import was not done, and the project is unchanged:
%1</source>
        <translation>导入未完成，项目未被修改：
%1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Errors are features that were not imported; warnings were imported with the fault. Double-click a fault to see it on the map.</source>
        <translation>错误表示要素未导入；警告表示要素已导入但存在问题。双击问题可在地图上查看。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 new, %4 updated, %5 not imported (encoding %6, %7)</source>
        <translation>%1：读取 %2，新增 %3，更新 %4，未导入 %5（编码 %6，%7）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pw::desktop::InspectionPanel</name>
    <message>
        <source>%1: no defects</source>
        <translation>%1：无缺陷</translation>
    </message>
    <message>
        <source>%1: grade %2 (S %3, Smax %4, density %5, %6 defects)</source>
        <translation>%1：%2 级（S %3，Smax %4，缺陷密度 %5，缺陷 %6 处）</translation>
    </message>
    <message>
        <source>%1 %2, grade %3: %4</source>
        <translation>%1 %2，%3 级：%4</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距离（m）</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟表示</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Record defect...</source>
        <translation>记录缺陷...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>修改记录...</translation>
    </message>
    <message>
        <source>Who changed the selected defect, when, and what</source>
        <translation>选中缺陷的修改人、时间和内容</translation>
    </message>
    <message>
        <source>Raise order...</source>
        <translation>创建工单...</translation>
    </message>
    <message>
        <source>Raise a rectification order for the selected defects</source>
        <translation>为选中的缺陷创建整改工单</translation>
    </message>
    <message>
        <source>defect %1</source>
        <translation>缺陷 %1</translation>
    </message>
    <message>
        <source>Select a pipe on the map to see its inspections.</source>
        <translation>在地图上选择管段以查看其检测记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipe %1&lt;/b&gt;, %2 m, %3 → %4</source>
        <translation>&lt;b&gt;管段 %1&lt;/b&gt;，%2 米，%3 → %4</translation>
    </message>
    <message>
        <source>Not inspected yet.</source>
        <translation>尚未检测。</translation>
    </message>
    <message>
        <source>Assessment of the inspection of %1:</source>
        <translation>%1 检测的评估结果：</translation>
    </message>
    <message>
        <source>Structural</source>
        <translation>结构性</translation>
    </message>
    <message>
        <source>RI</source>
        <translation>修复指数</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>功能性</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>养护指数</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>with the flow</source>
        <translation>顺流</translation>
    </message>
    <message>
        <source>against the flow</source>
        <translation>逆流</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Edit defect</source>
        <translation>编辑缺陷</translation>
    </message>
    <message>
        <source>Delete defect</source>
        <translation>删除缺陷</translation>
    </message>
</context>
<context>
    <name>pw::desktop::IssuesPanel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pw::desktop::LayersPanel</name>
    <message>
        <source>Colour pipes by</source>
        <translation>管段着色依据</translation>
    </message>
    <message>
        <source>Drainage type</source>
        <translation>排水类型</translation>
    </message>
    <message>
        <source>Repair index (RI) grade</source>
        <translation>修复指数（RI）等级</translation>
    </message>
    <message>
        <source>Maintenance index (MI) grade</source>
        <translation>养护指数（MI）等级</translation>
    </message>
    <message>
        <source>Rectification orders</source>
        <translation>整改工单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Misconnection points</source>
        <translation>混接点</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>尚未分级</translation>
    </message>
    <message>
        <source>Defects (latest inspection)</source>
        <translation>缺陷（最近一次检测）</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Structural (square)</source>
        <translation>结构性（方形）</translation>
    </message>
    <message>
        <source>Functional (round)</source>
        <translation>功能性（圆形）</translation>
    </message>
    <message>
        <source>Import issues</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>Sewage</source>
        <translation>污水</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>合流</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>类型不明</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>RI grade I</source>
        <translation>RI I 级</translation>
    </message>
    <message>
        <source>MI grade I</source>
        <translation>MI I 级</translation>
    </message>
    <message>
        <source>RI grade II</source>
        <translation>RI II 级</translation>
    </message>
    <message>
        <source>MI grade II</source>
        <translation>MI II 级</translation>
    </message>
    <message>
        <source>RI grade III</source>
        <translation>RI III 级</translation>
    </message>
    <message>
        <source>MI grade III</source>
        <translation>MI III 级</translation>
    </message>
    <message>
        <source>RI grade IV</source>
        <translation>RI IV 级</translation>
    </message>
    <message>
        <source>MI grade IV</source>
        <translation>MI IV 级</translation>
    </message>
    <message>
        <source>Community areas</source>
        <translation>小区片区</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>底图</translation>
    </message>
</context>
<context>
    <name>pw::desktop::MainWindow</name>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>%1 pipes, %2 manholes, %3 districts</source>
        <translation>%1 段管道，%2 座检查井，%3 个行政区</translation>
    </message>
    <message>
        <source>PipeWard</source>
        <translation>管网卫士</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>图层与图例</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>属性查询</translation>
    </message>
    <message>
        <source>Import issues</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>&amp;Import survey data...</source>
        <translation>导入测绘数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add background &amp;raster...</source>
        <translation>添加栅格底图(&amp;R)…</translation>
    </message>
    <message>
        <source>Add background &amp;vector...</source>
        <translation>添加矢量底图(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export map as PNG...</source>
        <translation>导出地图为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;layer...</source>
        <translation>导出图层(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation>报表(&amp;R)...</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Switch &amp;user...</source>
        <translation>切换用户(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;district</source>
        <translation>缩放到行政区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pan and identify</source>
        <translation>漫游与查询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zoom box</source>
        <translation>拉框放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Record &amp;defect</source>
        <translation>记录缺陷(&amp;D)</translation>
    </message>
    <message>
        <source>Record &amp;misconnection point</source>
        <translation>记录混接点(&amp;M)</translation>
    </message>
    <message>
        <source>Trace do&amp;wnstream</source>
        <translation>向下游追踪(&amp;W)</translation>
    </message>
    <message>
        <source>Trace &amp;upstream</source>
        <translation>向上游追踪(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clear trace</source>
        <translation>清除追踪(&amp;C)</translation>
    </message>
    <message>
        <source>Draw community &amp;area</source>
        <translation>绘制小区片区(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>工单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>分流规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PipeWard</source>
        <translation>关于管网卫士(&amp;A)</translation>
    </message>
    <message>
        <source>About PipeWard</source>
        <translation>关于管网卫士</translation>
    </message>
    <message>
        <source>PipeWard (管网卫士): the drainage network, its defects, misconnections and rectification orders, district by district.</source>
        <translation>管网卫士：排水管网及其缺陷、雨污混接和整改工单，按行政区逐一管理。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Find pipe or manhole id</source>
        <translation>查找管段或检查井编号</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>PipeWard project (*.sqlite)</source>
        <translation>管网卫士项目 (*.sqlite)</translation>
    </message>
    <message>
        <source>Project CRS (EPSG code, empty to take it from the first import):</source>
        <translation>项目坐标系（EPSG 代码，留空则取自第一次导入）：</translation>
    </message>
    <message>
        <source>PipeWard project (*.sqlite);;All files (*)</source>
        <translation>管网卫士项目 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或新建项目。</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Open a project with a CRS first.</source>
        <translation>请先打开已设置坐标系的项目。</translation>
    </message>
    <message>
        <source>Add background raster</source>
        <translation>添加栅格底图</translation>
    </message>
    <message>
        <source>Add background vector</source>
        <translation>添加矢量底图</translation>
    </message>
    <message>
        <source>Images (*.tif *.tiff *.jpg *.png *.img *.vrt);;All files (*)</source>
        <translation>影像 (*.tif *.tiff *.jpg *.png *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Vector data (*.dxf *.shp *.gpkg *.geojson *.kml);;All files (*)</source>
        <translation>矢量数据 (*.dxf *.shp *.gpkg *.geojson *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>No pipe or manhole with the id %1</source>
        <translation>没有编号为 %1 的管段或检查井</translation>
    </message>
    <message>
        <source>X %1  Y %2 (EPSG:%3)</source>
        <translation>X %1  Y %2（EPSG:%3）</translation>
    </message>
    <message>
        <source>E %1°  N %2°</source>
        <translation>东经 %1°  北纬 %2°</translation>
    </message>
    <message>
        <source>field team</source>
        <translation>检测班组</translation>
    </message>
    <message>
        <source>district manager</source>
        <translation>区级管理员</translation>
    </message>
    <message>
        <source>housing bureau planner</source>
        <translation>住建局规划员</translation>
    </message>
    <message>
        <source>city administrator</source>
        <translation>市级管理员</translation>
    </message>
    <message>
        <source>User: %1 (%2%3)</source>
        <translation>用户：%1（%2%3）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Work as (this attributes your work; it is not a login):</source>
        <translation>以此身份工作（用于记录操作人，并非登录）：</translation>
    </message>
    <message>
        <source>%1 - PipeWard</source>
        <translation>%1 - 管网卫士</translation>
    </message>
    <message>
        <source>%1 (read-only) - PipeWard</source>
        <translation>%1（只读）- 管网卫士</translation>
    </message>
</context>
<context>
    <name>pw::desktop::MisconnectionDialog</name>
    <message>
        <source>Record a misconnection point</source>
        <translation>记录混接点</translation>
    </message>
    <message>
        <source>At manhole %1</source>
        <translation>位于检查井 %1</translation>
    </message>
    <message>
        <source>On pipe %1</source>
        <translation>位于管段 %1</translation>
    </message>
    <message>
        <source>At %1, %2</source>
        <translation>位于 %1, %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source> m³/d</source>
        <translation> 立方米/日</translation>
    </message>
    <message>
        <source> mg/L</source>
        <translation> 毫克/升</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>混接来源</translation>
    </message>
    <message>
        <source>Inflow pipe diameter</source>
        <translation>接入管管径</translation>
    </message>
    <message>
        <source>Dry-weather flow</source>
        <translation>旱天流量</translation>
    </message>
    <message>
        <source>NH3-N</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Weather at sampling</source>
        <translation>采样时天气</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Degree (T/CECS 758)</source>
        <translation>混接程度（T/CECS 758）</translation>
    </message>
    <message>
        <source>Edit misconnection point %1</source>
        <translation>编辑混接点 %1</translation>
    </message>
    <message>
        <source>Delete this point</source>
        <translation>删除此混接点</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>修改记录...</translation>
    </message>
    <message>
        <source>misconnection point %1</source>
        <translation>混接点 %1</translation>
    </message>
    <message>
        <source>Raise order...</source>
        <translation>创建工单...</translation>
    </message>
    <message>
        <source>not graded yet (no indicator measured)</source>
        <translation>尚未分级（未测任何指标）</translation>
    </message>
</context>
<context>
    <name>pw::desktop::MisconnectionKind</name>
    <message>
        <source>There is no misconnection point %1</source>
        <translation>不存在混接点 %1</translation>
    </message>
</context>
<context>
    <name>pw::desktop::OrderPage</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Approved new deadline</source>
        <translation>批准的新期限</translation>
    </message>
    <message>
        <source>only when closing on a signed re-inspection record</source>
        <translation>仅在凭签字复查记录销号时填写</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <source>Add evidence (photo or PDF)...</source>
        <translation>添加证据（照片或 PDF）...</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>照片和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>a field team or a contractor</source>
        <translation>外业班组或施工单位</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Findings rectified by this order (double-click to show on the map):</source>
        <translation>本工单整改的问题（双击在地图上显示）：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Change history...</source>
        <translation>修改记录...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3%4</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#e00000&apos;&gt;&lt;b&gt;overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#e00000&apos;&gt;&lt;b&gt;已逾期&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All findings are verified resolved: the order can be closed.</source>
        <translation>所有问题均已核实解决：工单可以销号。</translation>
    </message>
    <message>
        <source>Not yet verified: %1</source>
        <translation>尚未核实：%1</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>(new deadline %1)</source>
        <translation>（新期限 %1）</translation>
    </message>
    <message>
        <source>(signed by %1)</source>
        <translation>（签字人 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), double-click</source>
        <translation>
            <numerusform>%n 个文件，双击打开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::OrderWork</name>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Rectification orders</source>
        <translation>整改工单</translation>
    </message>
    <message>
        <source>District dashboard</source>
        <translation>区县看板</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>我的待办(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Orders list</source>
        <translation>工单列表(&amp;O)</translation>
    </message>
    <message>
        <source>District &amp;dashboard</source>
        <translation>区县看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bulk orders...</source>
        <translation>批量建单(&amp;B)...</translation>
    </message>
    <message numerus="yes">
        <source>%n draft order(s) raised: issue them from their pages</source>
        <translation>
            <numerusform>已创建 %n 张草稿工单：请在工单页面下发</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::OrdersPanel</name>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Bulk orders...</source>
        <translation>批量建单...</translation>
    </message>
    <message>
        <source>Raise one draft order per pipe or point for every finding of a grade without an open order</source>
        <translation>为每个达到等级且尚无未完结工单的问题，按管段或点位各建一张草稿工单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部行政区</translation>
    </message>
    <message>
        <source>All assignees</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown)</source>
        <translation>%1（仅显示前 %2 张）</translation>
    </message>
    <message>
        <source>The first %1 orders (narrow the filters to see the others)</source>
        <translation>前 %1 张工单（缩小筛选范围以查看其余工单）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::PlanningPanel</name>
    <message>
        <source>planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>old residential community</source>
        <translation>老旧小区</translation>
    </message>
    <message>
        <source>campus</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>street block</source>
        <translation>街区</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>%L1 ten-thousand yuan</source>
        <translation>%L1 万元</translation>
    </message>
    <message>
        <source>Candidate areas, best first:</source>
        <translation>候选片区（优先者在前）：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Open misconnections</source>
        <translation>未整改混接点</translation>
    </message>
    <message>
        <source>Dry-weather flow (m³/d)</source>
        <translation>旱天流量（m³/d）</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>最高混接程度</translation>
    </message>
    <message>
        <source>Combined pipes (m)</source>
        <translation>合流管（米）</translation>
    </message>
    <message>
        <source>Mixed-flow manholes</source>
        <translation>混流检查井</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>In projects</source>
        <translation>所属项目</translation>
    </message>
    <message>
        <source>Tick areas to see their totals; double-click one for what it holds</source>
        <translation>勾选片区查看合计；双击查看片区详情</translation>
    </message>
    <message>
        <source>New separation project from the ticked areas...</source>
        <translation>用勾选的片区新建分流项目...</translation>
    </message>
    <message>
        <source>Separation projects:</source>
        <translation>分流改造项目：</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区数</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>估算投资</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Back a step...</source>
        <translation>退回上一步...</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部行政区</translation>
    </message>
    <message>
        <source>Tick areas to see the length and budget of a programme made of them.</source>
        <translation>勾选片区，查看由其组成的改造计划的管长和投资。</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s): %1 combined pipes, %2 m; %3 open misconnection points; %4 households; estimated budget %5</source>
        <translation>
            <numerusform>%n 个片区：合流管 %1 段，%2 米；未整改混接点 %3 个；%4 户；估算投资 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>New separation project</source>
        <translation>新建分流改造项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Scope: the areas&apos; open misconnection points, combined pipes and mixed-flow manholes.</source>
        <translation>范围：片区内未整改的混接点、合流管和混流检查井。</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>退回上一步</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>%1 为何退回到“%2”？</translation>
    </message>
    <message>
        <source>%1 of %2 findings closed (%3%)</source>
        <translation>%2 项问题中已销号 %1 项（%3%）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 · %4 households · built %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 · %4 户 · 建成于 %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Misconnection points:&lt;/b&gt; %1 (%2 open, %3 m³/d in dry weather, highest degree %4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;混接点：&lt;/b&gt;%1 个（未整改 %2 个，旱天流量 %3 m³/d，最高程度 %4）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pipes:&lt;/b&gt; %1, %2 m; combined: %3, %4 m. &lt;b&gt;Mixed-flow manholes:&lt;/b&gt; %5. &lt;b&gt;Defects:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;管道：&lt;/b&gt;%1 段，%2 米；其中合流管 %3 段，%4 米。&lt;b&gt;混流检查井：&lt;/b&gt;%5 座。&lt;b&gt;缺陷：&lt;/b&gt;%6 处&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Its water reaches:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;水流去向：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no outfall found</source>
        <translation>未找到排放口</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open orders:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未完结工单：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>pw::desktop::PlanningWork</name>
    <message>
        <source>Separation planning</source>
        <translation>分流规划</translation>
    </message>
    <message>
        <source>&amp;Separation planning</source>
        <translation>分流规划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import community areas...</source>
        <translation>导入小区片区(&amp;I)...</translation>
    </message>
    <message>
        <source>Import community areas</source>
        <translation>导入小区片区</translation>
    </message>
    <message>
        <source>Polygon files (*.shp *.gpkg *.geojson *.json)</source>
        <translation>面文件 (*.shp *.gpkg *.geojson *.json)</translation>
    </message>
    <message>
        <source>Click the corners of the area; click the first corner again to close it</source>
        <translation>依次点击片区的各个角点；再次点击第一个角点闭合片区</translation>
    </message>
    <message>
        <source>New community area</source>
        <translation>新建小区片区</translation>
    </message>
    <message>
        <source>old residential community</source>
        <translation>老旧小区</translation>
    </message>
    <message>
        <source>campus</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>street block</source>
        <translation>街区</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Build year</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Community area %1 added</source>
        <translation>已添加小区片区 %1</translation>
    </message>
    <message>
        <source>%1: %2 areas added, %3 updated (%4, %5)</source>
        <translation>%1：新增 %2 个片区，更新 %3 个（%4，%5）</translation>
    </message>
</context>
<context>
    <name>pw::desktop::RaiseOrderDialog</name>
    <message>
        <source>from the findings</source>
        <translation>按问题确定</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>from the findings&apos; grade</source>
        <translation>按问题等级确定</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>a field team or a contractor (may be set later)</source>
        <translation>外业班组或施工单位（可稍后填写）</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Set the deadline (otherwise from the priority)</source>
        <translation>指定期限（否则按优先级确定）</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Raise a rectification order</source>
        <translation>创建整改工单</translation>
    </message>
    <message>
        <source>Findings to rectify:</source>
        <translation>待整改的问题：</translation>
    </message>
    <message>
        <source> (already in order %1)</source>
        <translation>（已在工单 %1 中）</translation>
    </message>
    <message>
        <source>Raise the order</source>
        <translation>创建工单</translation>
    </message>
</context>
<context>
    <name>pw::desktop::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>District report (PDF or Excel)</source>
        <translation>区县报告（PDF 或 Excel）</translation>
    </message>
    <message>
        <source>City summary comparing districts (PDF or Excel)</source>
        <translation>全市各区对比汇总（PDF 或 Excel）</translation>
    </message>
    <message>
        <source>Separation programme (PDF or Excel)</source>
        <translation>分流改造计划报告（PDF 或 Excel）</translation>
    </message>
    <message>
        <source>Order ledger (Excel)</source>
        <translation>整改台账（Excel）</translation>
    </message>
    <message>
        <source>Defect register (Excel)</source>
        <translation>缺陷登记表（Excel）</translation>
    </message>
    <message>
        <source>Misconnection register (Excel)</source>
        <translation>混接点登记表（Excel）</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>A month (2026-03), a quarter (2026-Q1), a year (2026) or a range (2026-01-01..2026-02-15)</source>
        <translation>月（2026-03）、季度（2026-Q1）、年（2026）或日期范围（2026-01-01..2026-02-15）</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>PDF (A4, to print)</source>
        <translation>PDF（A4，可打印）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Choose a district.</source>
        <translation>请选择行政区。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>已写入 %1，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>pw::desktop::TodoPanel</name>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Open a project to see your work.</source>
        <translation>打开项目以查看您的待办。</translation>
    </message>
    <message>
        <source>%1: nothing waiting for you.</source>
        <translation>%1：没有待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) waiting for you (double-click to open).</source>
        <translation>
            <numerusform>%1：有 %n 张工单待您处理（双击打开）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::desktop::TracePanel</name>
    <message>
        <source>Choose Trace downstream or Trace upstream and click a pipe or manhole.</source>
        <translation>选择“向下游追踪”或“向上游追踪”，然后点击管段或检查井。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Grade or degree</source>
        <translation>等级或程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clear trace</source>
        <translation>清除追踪</translation>
    </message>
    <message>
        <source>Downstream of %1: %2 pipes, %3 m, ending at %4</source>
        <translation>%1 下游：%2 条管段，%3 米，止于 %4</translation>
    </message>
    <message>
        <source>Upstream of %1: %2 pipes, %3 m, starting from %4</source>
        <translation>%1 上游：%2 条管段，%3 米，起于 %4</translation>
    </message>
    <message>
        <source>Note: the recorded flow forms a loop along this trace.</source>
        <translation>注意：沿此追踪路径，记录的水流方向构成环路。</translation>
    </message>
    <message>
        <source>Misconnection points (%1)</source>
        <translation>混接点（%1）</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Defects (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <source>%1 at %2 m</source>
        <translation>%1 的 %2 米处</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
</context>
<context>
    <name>pw::enc</name>
    <message>
        <source>nothing declares an encoding</source>
        <translation>没有声明编码</translation>
    </message>
    <message>
        <source>the text is plain ASCII, so any reading is the same</source>
        <translation>文本均为 ASCII 字符，任何编码读取结果相同</translation>
    </message>
    <message>
        <source>but the text is not valid UTF-8 and reads as GBK Chinese: using GBK</source>
        <translation>但文本不是有效的 UTF-8，按 GBK 读取为中文：采用 GBK</translation>
    </message>
    <message>
        <source>some text is not valid UTF-8 and is shown with replacement characters</source>
        <translation>部分文本不是有效的 UTF-8，以替换字符显示</translation>
    </message>
    <message>
        <source>but the text is valid UTF-8 (reading it as GBK would garble it): using UTF-8</source>
        <translation>但文本是有效的 UTF-8（按 GBK 读取会成乱码）：采用 UTF-8</translation>
    </message>
    <message>
        <source>but the text is valid UTF-8: using UTF-8</source>
        <translation>但文本是有效的 UTF-8：采用 UTF-8</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>文本是有效的 UTF-8</translation>
    </message>
    <message>
        <source>but the text reads as GBK Chinese (%1 would garble it): using GBK</source>
        <translation>但文本按 GBK 读取为中文（按 %1 读取会成乱码）：采用 GBK</translation>
    </message>
    <message>
        <source>the text reads as GBK Chinese, the usual encoding of Chinese survey data</source>
        <translation>文本按 GBK 读取为中文，这是国内测绘数据的常用编码</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Chinese: reading it as Latin-1</source>
        <translation>文本既不是 UTF-8 也不是中文：按 Latin-1 读取</translation>
    </message>
</context>
<context>
    <name>pw::enc::Decoder</name>
    <message>
        <source>Unknown text encoding &apos;%1&apos;</source>
        <translation>未知文本编码“%1”</translation>
    </message>
</context>
<context>
    <name>pw::enc::Encoder</name>
    <message>
        <source>&apos;%1&apos; is not a text encoding PipeWard can write</source>
        <translation>“%1”不是 PipeWard 能写出的文本编码</translation>
    </message>
</context>
<context>
    <name>pw::gdal</name>
    <message>
        <source>%1 cannot be read as vector data: %2</source>
        <translation>%1 无法作为矢量数据读取：%2</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a CRS PROJ knows</source>
        <translation>EPSG:%1 不是 PROJ 认识的坐标系</translation>
    </message>
</context>
<context>
    <name>pw::geos</name>
    <message>
        <source>Geometry operation %1 failed: %2</source>
        <translation>几何运算 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>pw::proj</name>
    <message>
        <source>Not a coordinate reference system PROJ knows: %1 (%2)</source>
        <translation>PROJ 不认识的坐标系：%1（%2）</translation>
    </message>
</context>
<context>
    <name>pw::proj::Transformer</name>
    <message>
        <source>No coordinate transformation from %1 to %2 (%3)</source>
        <translation>没有从 %1 到 %2 的坐标转换（%3）</translation>
    </message>
    <message>
        <source>PROJ could not normalise the axis order: %1</source>
        <translation>PROJ 无法规范坐标轴顺序：%1</translation>
    </message>
    <message>
        <source>A coordinate cannot be transformed into the project CRS (outside the area of use?)</source>
        <translation>有坐标无法转换到项目坐标系（超出适用范围？）</translation>
    </message>
</context>
<context>
    <name>pw::render</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Network length (km)</source>
        <translation>管网长度（km）</translation>
    </message>
    <message>
        <source>Inspected length (km)</source>
        <translation>已检测长度（km）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>平均整改天数</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退回率</translation>
    </message>
    <message>
        <source>Misconnections per km</source>
        <translation>每公里混接点</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Grade I per km</source>
        <translation>I 级每公里</translation>
    </message>
    <message>
        <source>Grade II per km</source>
        <translation>II 级每公里</translation>
    </message>
    <message>
        <source>Grade III per km</source>
        <translation>III 级每公里</translation>
    </message>
    <message>
        <source>Grade IV per km</source>
        <translation>IV 级每公里</translation>
    </message>
    <message>
        <source>Defects per km</source>
        <translation>每公里缺陷数</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Manholes</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Per inspected km</source>
        <translation>每检测公里</translation>
    </message>
    <message>
        <source>City defects</source>
        <translation>全市缺陷数</translation>
    </message>
    <message>
        <source>City per inspected km</source>
        <translation>全市每检测公里</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>工单历时（天）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Separation projects</source>
        <translation>雨污分流改造项目</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Combined length (m)</source>
        <translation>合流管长度（m）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>估算投资</translation>
    </message>
    <message>
        <source>Findings closed / in scope</source>
        <translation>已销号/范围内问题</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Open misconnection points</source>
        <translation>未整改混接点</translation>
    </message>
    <message>
        <source>Flow (m3/d)</source>
        <translation>混接水量（m³/d）</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>最高混接程度</translation>
    </message>
    <message>
        <source>Mixed-flow manholes</source>
        <translation>混流检查井</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>pw::sql</name>
    <message>
        <source>The project file %1 is damaged (%2). Restore it from a backup (pipeward-cli backup makes one) and do not go on working with the damaged file</source>
        <translation>项目文件 %1 已损坏（%2）。请从备份恢复（pipeward-cli backup 可制作备份），不要继续使用已损坏的文件</translation>
    </message>
</context>
<context>
    <name>pw::sql::Database</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>Foreign-key checks could not be switched on for the project %1</source>
        <translation>无法为项目 %1 打开外键检查</translation>
    </message>
    <message>
        <source>Foreign-key checks could not be switched off for the project %1</source>
        <translation>无法为项目 %1 关闭外键检查</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened here: its folder %2 is not writable and the project has a write-ahead log (%3) that must be merged into it first. Open it once where the folder can be written, or copy the project together with its -wal file to a folder you can write to</source>
        <translation>无法在此打开项目 %1：其所在文件夹 %2 不可写，而项目有一个须先合并进项目的预写日志（%3）。请在文件夹可写的位置打开一次，或将项目连同其 -wal 文件复制到可写的文件夹</translation>
    </message>
    <message>
        <source>%1 is not a PipeWard project, or the project file is damaged (%2). If it is a project, restore it from a backup</source>
        <translation>%1 不是管网卫士项目，或项目文件已损坏（%2）。如果它是项目，请从备份恢复</translation>
    </message>
    <message>
        <source>The disk holding the project %1 is full; the change was not saved</source>
        <translation>项目 %1 所在的磁盘已满；修改未保存</translation>
    </message>
    <message>
        <source>The project file %1 was moved, replaced or deleted while it was open; the change was not saved. Open the project again</source>
        <translation>项目文件 %1 在打开期间被移动、替换或删除；修改未保存。请重新打开项目</translation>
    </message>
    <message>
        <source>The project %1 can only be read: its folder %2 is not writable. This command changes the project, so it was refused; commands that only read work</source>
        <translation>项目 %1 只能读取：其所在文件夹 %2 不可写。此命令会修改项目，因此被拒绝；只读取的命令可以使用</translation>
    </message>
    <message>
        <source>The project %1 can only be read: the file is not writable (see its permissions). This command changes the project, so it was refused; commands that only read work</source>
        <translation>项目 %1 只能读取：文件不可写（请检查其权限）。此命令会修改项目，因此被拒绝；只读取的命令可以使用</translation>
    </message>
    <message>
        <source>The project %1 was opened read-only; this command changes it, so it was refused</source>
        <translation>项目 %1 以只读方式打开；此命令会修改项目，因此被拒绝</translation>
    </message>
    <message>
        <source>The project file %1 is damaged: it holds %2 bytes where its header counts %3 (it was cut short). Restore it from a backup (pipeward-cli backup makes one) and do not go on working with the damaged file</source>
        <translation>项目文件 %1 已损坏：文件只有 %2 字节，而文件头记录为 %3 字节（文件被截断）。请从备份恢复（pipeward-cli backup 可制作备份），不要继续使用已损坏的文件</translation>
    </message>
    <message>
        <source>The project is busy (another program is writing to it): %1</source>
        <translation>项目正忙（另一程序正在写入）：%1</translation>
    </message>
    <message>
        <source>The change breaks a rule of the project database: %1 (%2)</source>
        <translation>此修改违反项目数据库的规则：%1（%2）</translation>
    </message>
    <message>
        <source>Database error: %1 (%2)</source>
        <translation>数据库错误：%1（%2）</translation>
    </message>
</context>
<context>
    <name>pw::xlsx</name>
    <message>
        <source>Cannot write %1: the file written cannot be read back (%2)</source>
        <translation>无法写入 %1：写出的文件无法读回（%2）</translation>
    </message>
</context>
<context>
    <name>pw::xlsx::Sheet</name>
    <message>
        <source>Cannot write cell %1 of %2: %3</source>
        <translation>无法写入 %2 的单元格 %1：%3</translation>
    </message>
</context>
<context>
    <name>pw::xlsx::Workbook</name>
    <message>
        <source>Cannot start the workbook %1</source>
        <translation>无法创建工作簿 %1</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1 to %2</source>
        <translation>无法在 %2 中添加工作表 %1</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive</source>
        <translation>%1 不是可读取的 zip 压缩包</translation>
    </message>
    <message>
        <source>%1 contains no shapefile (.shp)</source>
        <translation>%1 中没有 Shapefile（.shp）</translation>
    </message>
    <message>
        <source>%1 contains several shapefiles (%2); name one as %1/&lt;name&gt;.shp</source>
        <translation>%1 中有多个 Shapefile（%2）；请以 %1/&lt;名称&gt;.shp 的形式指定其一</translation>
    </message>
    <message>
        <source>rain</source>
        <translation>雨水</translation>
    </message>
    <message>
        <source>sewage</source>
        <translation>污水</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合流</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalogue id</source>
        <translation>“%1”不是目录编号</translation>
    </message>
    <message>
        <source>option %1 is required here</source>
        <translation>此处必须给出选项 %1</translation>
    </message>
    <message>
        <source>There is no pipe %1 in %2</source>
        <translation>%2 中没有管段 %1</translation>
    </message>
    <message>
        <source>There is no manhole %1 in %2</source>
        <translation>%2 中没有检查井 %1</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <source>No output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: the name ends in %2, which does not fit the format %3 (use %4)</source>
        <translation>%1：文件扩展名 %2 与格式 %3 不符（应为 %4）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>多边形为空</translation>
    </message>
    <message>
        <source>a ring needs at least 4 points, the last one repeating the first</source>
        <translation>每个环至少需要 4 个点，且最后一点与第一点相同</translation>
    </message>
    <message>
        <source>a ring is not closed (its last point must repeat the first)</source>
        <translation>有一个环未闭合（最后一点必须与第一点相同）</translation>
    </message>
    <message>
        <source>a coordinate is not a number</source>
        <translation>有坐标值不是数字</translation>
    </message>
    <message>
        <source>its area is zero</source>
        <translation>面积为零</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>repair work</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>maintenance work</source>
        <translation>养护</translation>
    </message>
    <message>
        <source>separation work</source>
        <translation>雨污分流改造</translation>
    </message>
    <message>
        <source>re-inspection</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>planning stage</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>design stage</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>construction completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>accepted on completion</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>old residential community</source>
        <translation>老旧小区</translation>
    </message>
    <message>
        <source>campus</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>street block</source>
        <translation>街区</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>periscope (QV)</source>
        <translation>管道潜望镜（QV）</translation>
    </message>
    <message>
        <source>sonar</source>
        <translation>声呐</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>目视</translation>
    </message>
    <message>
        <source>structural defect</source>
        <translation>结构性缺陷</translation>
    </message>
    <message>
        <source>functional defect</source>
        <translation>功能性缺陷</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx, not %1</source>
        <translation>--format 只能是 pdf 或 xlsx，不能是 %1</translation>
    </message>
    <message>
        <source>new rain pipe, DN %1 mm</source>
        <translation>新建雨水管，管径 %1 mm</translation>
    </message>
    <message>
        <source>new sewer, DN %1 mm</source>
        <translation>新建污水管，管径 %1 mm</translation>
    </message>
    <message>
        <source>household connections</source>
        <translation>入户接管</translation>
    </message>
    <message>
        <source>mixed-flow manholes rebuilt</source>
        <translation>混流检查井改造</translation>
    </message>
    <message>
        <source>misconnection points rectified</source>
        <translation>混接点整改</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>各年度</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>the project&apos;s own unit costs</source>
        <translation>本项目设定的单价</translation>
    </message>
    <message>
        <source>the shipped placeholder unit costs, not confirmed for this city (set the city&apos;s own with plan costs set)</source>
        <translation>软件自带的占位单价（未经本市确认，请用 plan costs set 设定本市单价）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>%1 plus %2 days is not a date of the years 0 to 9999</source>
        <translation>%1 加 %2 天不是 0 至 9999 年间的日期</translation>
    </message>
    <message>
        <source>The photo file %1 does not exist</source>
        <translation>照片文件 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)</source>
        <translation>%1 不是照片（JPEG、PNG、GIF、BMP、TIFF 或 WebP）</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and reads as GBK and as Big5 Chinese alike: state which with --encoding GBK or --encoding BIG5</source>
        <translation>%1 不是 UTF-8，按 GBK 和按 Big5 读都像中文：请用 --encoding GBK 或 --encoding BIG5 指明</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and its bytes do not read as GBK or Big5 Chinese (the first byte that is not UTF-8 is in row %2): state its encoding with --encoding, such as --encoding GB18030</source>
        <translation>%1 不是 UTF-8，其字节按 GBK 或 Big5 也读不成中文（第一个非 UTF-8 字节在第 %2 行）：请用 --encoding 指明编码，如 --encoding GB18030</translation>
    </message>
    <message>
        <source>%1 is not a photo or a PDF document</source>
        <translation>%1 不是照片或 PDF 文档</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again</source>
        <translation>%1 在读取过程中发生了变化；请重试</translation>
    </message>
    <message>
        <source>The project is busy (another program is writing to it): %1</source>
        <translation>项目正忙（另一程序正在写入）：%1</translation>
    </message>
    <message>
        <source>Cannot write the copy %1: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>%1: the project&apos;s CRS (project_meta crs_epsg) is &apos;%2&apos;, not an EPSG code</source>
        <translation>%1：项目坐标系（project_meta crs_epsg）为“%2”，不是 EPSG 代码</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a record number (a whole number above 0)</source>
        <translation>%1：“%2”不是记录编号（应为大于 0 的整数）</translation>
    </message>
</context>
</TS>
