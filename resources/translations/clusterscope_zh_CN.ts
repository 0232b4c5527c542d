<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>a subject, or the name of a new one</source>
        <translation>选择主体，或输入新主体的名称</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
</context>
<context>
    <name>ReplaceChartCommand</name>
    <message>
        <source>Edit chart %1</source>
        <translation>编辑图表“%1”</translation>
    </message>
    <message>
        <source>Add chart %1</source>
        <translation>添加图表“%1”</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>YYYY-MM-DD 或 YYYY-MM</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SourcePanelText</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (“%4”)</source>
        <translation>%1，第 %2 行，第 %3 列（“%4”）</translation>
    </message>
    <message>
        <source>Select a bar, a point or a row to see where its number comes from.</source>
        <translation>选择柱、点或表格行，查看数字的出处。</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>时间未注明</translation>
    </message>
    <message>
        <source>Cumulative from the start of the year: not a full-year figure.</source>
        <translation>自年初起累计：不是全年数。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose an indicator to chart it.</source>
        <translation>选择一个指标即可绘图。</translation>
    </message>
</context>
<context>
    <name>cs::AddValueDialog</name>
    <message>
        <source>Add value</source>
        <translation>添加数值</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>新建指标…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>新建来源…</translation>
    </message>
    <message>
        <source>Choose the source of the value</source>
        <translation>请选择该数值的来源</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新来源</translation>
    </message>
    <message>
        <source>as shown: 2023 Q1–Q3, Sep 2023, 2023; or empty</source>
        <translation>如：2023年前三季度、2023年9月、2023年；或留空</translation>
    </message>
    <message>
        <source>as written: 5.4, more than 270, 6000+, ≈9150</source>
        <translation>如：5.4、超过270、6000+、约9150</translation>
    </message>
    <message>
        <source>From a sentence…</source>
        <translation>从句子提取…</translation>
    </message>
    <message>
        <source>Paste the sentence the value comes from and pick one of its figures</source>
        <translation>粘贴数值所在的句子，从中选一个数字</translation>
    </message>
</context>
<context>
    <name>cs::ChartEditorDialog</name>
    <message>
        <source>Chart definition</source>
        <translation>图表定义</translation>
    </message>
    <message>
        <source>A short name for the chart, unique in the workspace</source>
        <translation>图表的简短标识，在工作区内唯一</translation>
    </message>
    <message>
        <source>The id of a chart in the workspace cannot be changed</source>
        <translation>工作区中已有图表的标识不能修改</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>Growth comparison</source>
        <translation>增速比较</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>产业体系</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>图例（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>图例（英文）</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>添加系列</translation>
    </message>
    <message>
        <source>Remove series</source>
        <translation>删除系列</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Parts of a total</source>
        <translation>总量的组成部分</translation>
    </message>
    <message>
        <source>Listed indicators</source>
        <translation>所列指标</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>产业类别</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总量：</translation>
    </message>
    <message>
        <source>indicator ids, separated by commas</source>
        <translation>指标标识，以逗号分隔</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>度量：</translation>
    </message>
    <message>
        <source>2023, 2023-Q3, 2023-09, 2023-Q1/2023-Q3</source>
        <translation>2023、2023-Q3、2023-09、2023-Q1/2023-Q3</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时期：</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>按列出顺序</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状</translation>
    </message>
    <message>
        <source>Shares, stacked</source>
        <translation>比重堆积</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>环形图</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>The chart needs an id</source>
        <translation>图表需要一个标识</translation>
    </message>
    <message>
        <source>Another chart already has the id “%1”</source>
        <translation>已有其他图表使用标识“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a period: %2</source>
        <translation>“%1”不是有效时期：%2</translation>
    </message>
    <message>
        <source>Indicator of the selected series:</source>
        <translation>所选系列的指标：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Subjects of “%1” (each ticked one is a line):</source>
        <translation>“%1”的主体（每个勾选的主体画一条线）：</translation>
    </message>
    <message>
        <source>Series %1: “%2” has values for several subjects: tick the ones to draw</source>
        <translation>第%1个系列：“%2”有多个主体的数值，请勾选要画的主体</translation>
    </message>
    <message>
        <source>Series %1: “%2” has no values for “%3”</source>
        <translation>第%1个系列：“%2”没有“%3”的数值</translation>
    </message>
</context>
<context>
    <name>cs::Document</name>
    <message>
        <source>%1 was changed on disk by another program</source>
        <translation>%1 已被其他程序修改</translation>
    </message>
    <message>
        <source>%1 was removed or renamed by another program</source>
        <translation>%1 已被其他程序删除或改名</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>not a workspace</source>
        <translation>不是工作区文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The workspace has no file yet: use Save As</source>
        <translation>工作区尚无文件：请使用“另存为”</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program. Overwrite it with your version?</source>
        <translation>%1 已被其他程序修改。要用您的版本覆盖它吗？</translation>
    </message>
    <message>
        <source>Cannot save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery file: %1</source>
        <translation>无法写入恢复文件：%1</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>未命名工作区</translation>
    </message>
    <message>
        <source>Clusterscope did not close normally. Restore the unsaved changes to %1 from %2?</source>
        <translation>Clusterscope 上次未正常关闭。要恢复 %2 时对 %1 的未保存更改吗？</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>Restored unsaved changes; save them to keep them</source>
        <translation>已恢复未保存的更改；请保存以保留它们</translation>
    </message>
    <message>
        <source>There is no value %1 in this workspace</source>
        <translation>本工作区没有数值 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Add a value of %1</source>
        <translation>添加“%1”的数值</translation>
    </message>
    <message>
        <source>Remove a value of %1</source>
        <translation>删除“%1”的数值</translation>
    </message>
    <message>
        <source>There is no indicator %1 in this workspace</source>
        <translation>本工作区没有指标 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑指标“%1”</translation>
    </message>
    <message>
        <source>There is no source %1 in this workspace</source>
        <translation>本工作区没有来源 %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>编辑来源“%1”</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Remove indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>添加来源 %1</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>删除来源 %1</translation>
    </message>
    <message>
        <source>Add subject %1</source>
        <translation>添加主体 %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled</source>
        <translation>已取消导入 %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 values in %2 indicators from %3; %4 cells missing; %5 rows skipped</source>
        <translation>已从 %3 导入 %2 个指标的 %1 个数值；%4 个单元格缺失；跳过 %5 行</translation>
    </message>
    <message>
        <source>“%1” is not a period (%2)</source>
        <translation>“%1”不是有效时期（%2）</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Choose the source of the value</source>
        <translation>请选择该数值的来源</translation>
    </message>
    <message>
        <source>“%1” is not in this indicator’s unit (%2)</source>
        <translation>“%1”不是该指标的单位（%2）</translation>
    </message>
    <message>
        <source>“%1” has a unit; type the number alone</source>
        <translation>“%1”带有单位；请只输入数字</translation>
    </message>
    <message numerus="yes">
        <source>Add %n figure(s) from %1</source>
        <translation>
            <numerusform>从%1加入 %n 个数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>来源行</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Screen, 800 × 500</source>
        <translation>屏幕，800 × 500</translation>
    </message>
    <message>
        <source>Social media, 1200 × 628</source>
        <translation>社交媒体，1200 × 628</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm, 300 dpi)</source>
        <translation>期刊单栏（85 毫米，300 dpi）</translation>
    </message>
    <message>
        <source>Journal, double column (180 mm, 300 dpi)</source>
        <translation>期刊双栏（180 毫米，300 dpi）</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Size preset:</source>
        <translation>尺寸预设：</translation>
    </message>
    <message>
        <source>Size (logical pixels):</source>
        <translation>尺寸（逻辑像素）：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>The format comes from the file name: .png, .pdf or .svg.</source>
        <translation>格式由文件扩展名决定：.png、.pdf 或 .svg。</translation>
    </message>
    <message>
        <source>= %1 dpi in PNG, %2 × %3 pixels</source>
        <translation>= PNG %1 dpi，%2 × %3 像素</translation>
    </message>
</context>
<context>
    <name>cs::ExtractDialog</name>
    <message>
        <source>Extract from text</source>
        <translation>从文本提取</translation>
    </message>
    <message>
        <source>Paste a news report or a bulletin here, or open a file</source>
        <translation>在此粘贴新闻报道或统计公报，或打开文件</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>The article&apos;s date: 今年, 去年 and 目前 are read from it</source>
        <translation>文章日期：据此解读“今年”“去年”“目前”</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>URL, file or citation</source>
        <translation>网址、文件或引文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Add to workspace</source>
        <translation>加入工作区</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) found</source>
        <translation>
            <numerusform>找到 %n 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n 个待加入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) a value already there (marked)</source>
        <translation>
            <numerusform>%n 个与已有数值重复（已标出）</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure is checked</source>
        <translation>没有勾选任何数字</translation>
    </message>
    <message>
        <source>Cannot add the figures:
%1</source>
        <translation>无法加入这些数字：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n value(s). Some repeat values already there:</source>
        <translation>
            <numerusform>已加入 %n 个数值。其中一些与已有数值重复：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::FigureTableModel</name>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>对应指标</translation>
    </message>
</context>
<context>
    <name>cs::ImportDialog</name>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>The header row: the names of the columns</source>
        <translation>表头行：各列的名称</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2</source>
        <translation>此行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>%1 more rows with a different number of fields</source>
        <translation>另有 %1 行字段数不同</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>long (one row per value)</source>
        <translation>长表（每行一个数值）</translation>
    </message>
    <message>
        <source>wide (periods as columns)</source>
        <translation>宽表（时期为列）</translation>
    </message>
    <message>
        <source>indicator columns (a period column, then one column per indicator)</source>
        <translation>指标列（一列时期，其后每个指标一列）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The line holding the column names; lines above it are skipped as metadata</source>
        <translation>列名所在的行；其上各行作为元数据跳过</translation>
    </message>
    <message>
        <source>The text encoding: detected, or chosen here</source>
        <translation>文本编码：自动检测，或在此选择</translation>
    </message>
    <message>
        <source>The character between fields: detected, or chosen here</source>
        <translation>字段分隔符：自动检测，或在此选择</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header line:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>文件的读取方式</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>What each column holds. Data: a period column (wide layout) or an indicator column (indicator columns layout).</source>
        <translation>每列的内容。数据：时期列（宽表）或指标列（指标列布局）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview: the first %1 rows as read</source>
        <translation>预览：读取的前 %1 行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The source the imported values will name</source>
        <translation>导入的数值所注明的来源</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>Excel 97–2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>JSON-stat: the cube as one row per value</source>
        <translation>JSON-stat：数据立方体，每个数值一行</translation>
    </message>
    <message>
        <source>SDMX-CSV: one row per value, dimensions named</source>
        <translation>SDMX-CSV：每个数值一行，维度已命名</translation>
    </message>
    <message>
        <source> — a years × months (or quarters) matrix, read as its series</source>
        <translation>——年×月（或季度）矩阵，按其序列读取</translation>
    </message>
    <message>
        <source> — series in columns under metadata rows, read one row per value</source>
        <translation>——元数据行下按列排列的序列，每个数值读为一行</translation>
    </message>
    <message>
        <source>Parsing %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mapping the table…</source>
        <translation>正在映射表格…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Eurostat key</source>
        <translation>Eurostat 键</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX 工作簿</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>分隔文本</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>auto (line %1)</source>
        <translation>自动（第 %1 行）</translation>
    </message>
    <message>
        <source>long</source>
        <translation>长表</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>宽表</translation>
    </message>
    <message>
        <source>indicator columns</source>
        <translation>指标列</translation>
    </message>
    <message>
        <source>Reading was cancelled: what is shown is out of date. Change an option to read the file again.</source>
        <translation>已取消读取：显示的内容已过时。更改任一选项即可重新读取文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>无法导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 values of %2 indicators for %3 subjects will be imported; %4 cells missing; %5 rows skipped</source>
        <translation>将导入 %2 个指标、%3 个主体的 %1 个数值；%4 个单元格缺失；跳过 %5 行</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>A period column (wide layout) or an indicator column (indicator columns layout)</source>
        <translation>时期列（宽表）或指标列（指标列布局）</translation>
    </message>
    <message>
        <source>… and %1 more rows skipped</source>
        <translation>…… 另跳过 %1 行</translation>
    </message>
    <message>
        <source>Line %1, column %2: skipped: %3</source>
        <translation>第 %1 行第 %2 列：已跳过：%3</translation>
    </message>
    <message>
        <source>Line %1: skipped: %2</source>
        <translation>第 %1 行：已跳过：%2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source> — a header over two rows, read as one</source>
        <translation> — 表头占两行，合并读取</translation>
    </message>
    <message>
        <source>Words that tell a row&apos;s values apart (a sector, a sex, an age group): they qualify the names of the row&apos;s indicators</source>
        <translation>区分一行数值的词（行业、性别、年龄组）：用来限定该行指标的名称</translation>
    </message>
</context>
<context>
    <name>cs::IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
</context>
<context>
    <name>cs::IndicatorPicker</name>
    <message>
        <source>Search indicators by Chinese or English name or id</source>
        <translation>按中文名、英文名或标识搜索指标</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>Clusterscope</source>
        <translation>Clusterscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>As defined</source>
        <translation>按定义</translation>
    </message>
    <message>
        <source>Draw each series as its chart definition says</source>
        <translation>按图表定义绘制各系列</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状</translation>
    </message>
    <message>
        <source>Draw every series of a time series as bars</source>
        <translation>将时间序列的所有系列画成柱状</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Draw every series of a time series as lines</source>
        <translation>将时间序列的所有系列画成折线</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>占总量比重</translation>
    </message>
    <message>
        <source>Show a breakdown as shares of its published total</source>
        <translation>以占公布总量的比重显示构成</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Undo zooming and panning (double-click the chart)</source>
        <translation>撤销缩放和平移（双击图表）</translation>
    </message>
    <message>
        <source>&amp;About Clusterscope</source>
        <translation>关于 Clusterscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Chart: </source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Chart from the browser</source>
        <translation>来自浏览器的图表</translation>
    </message>
    <message>
        <source>No data yet for %1 in this workspace</source>
        <translation>本工作区暂无“%1”的数据</translation>
    </message>
    <message>
        <source>About Clusterscope</source>
        <translation>关于 Clusterscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clusterscope %1&lt;/h3&gt;&lt;p&gt;Regional industry indicators and the clusters behind them, every number traced to its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Clusterscope uses Qt and QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clusterscope %1&lt;/h3&gt;&lt;p&gt;区域产业指标及其背后的产业集群，每个数字都可追溯到出处。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。Clusterscope 使用 Qt 和 QCustomPlot（GPL-3.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste data…</source>
        <translation>粘贴数据(&amp;P)…</translation>
    </message>
    <message>
        <source>The clipboard holds no table to import</source>
        <translation>剪贴板中没有可导入的表格</translation>
    </message>
    <message>
        <source>Paste data</source>
        <translation>粘贴数据</translation>
    </message>
    <message>
        <source>Cannot keep the pasted table: %1</source>
        <translation>无法保存粘贴的表格：%1</translation>
    </message>
    <message>
        <source>pasted on %1</source>
        <translation>粘贴于 %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export to %1:
%2</source>
        <translation>无法导出到 %1：
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Chart copied as an image and as SVG</source>
        <translation>图表已复制为图像和 SVG</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.xls *.json);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.xlsx *.xls *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation>无法导入 %1：
%2</translation>
    </message>
    <message>
        <source>%1 · 1 value · %2</source>
        <translation>%1 · 1 个数值 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 values · %3</source>
        <translation>%1 · %2 个数值 · %3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)“%1”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)“%1”</translation>
    </message>
    <message>
        <source>[*]Clusterscope</source>
        <translation>[*]Clusterscope</translation>
    </message>
    <message>
        <source>[*]%1 — Clusterscope</source>
        <translation>[*]%1 — Clusterscope</translation>
    </message>
    <message>
        <source>There is no row %1</source>
        <translation>没有第 %1 行</translation>
    </message>
    <message>
        <source>This value is computed by Clusterscope and cannot be edited</source>
        <translation>此数值由 Clusterscope 推算，不能编辑</translation>
    </message>
    <message>
        <source>“%1” is not a period (%2)</source>
        <translation>“%1”不是有效时期（%2）</translation>
    </message>
    <message>
        <source>There is no source %1 in this workspace</source>
        <translation>本工作区没有来源 %1</translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation>此列不能编辑</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存该修改：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>%1 breaks some rules:
%2</source>
        <translation>%1 违反了一些规则：
%2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>&amp;Add value…</source>
        <translation>添加数值(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve value</source>
        <translation>删除数值(&amp;V)</translation>
    </message>
    <message>
        <source>Edit &amp;quote…</source>
        <translation>编辑原文(&amp;Q)…</translation>
    </message>
    <message>
        <source>Edit i&amp;ndicator…</source>
        <translation>编辑指标(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit sou&amp;rce…</source>
        <translation>编辑来源(&amp;R)…</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存该修改</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>编辑原文</translation>
    </message>
    <message>
        <source>The exact sentence the value comes from:</source>
        <translation>数值出处的原句：</translation>
    </message>
    <message>
        <source>Edit c&amp;hart…</source>
        <translation>编辑图表(&amp;H)…</translation>
    </message>
    <message>
        <source>New chart from this &amp;view…</source>
        <translation>以当前视图新建图表(&amp;V)…</translation>
    </message>
    <message>
        <source>Chart %1 changed</source>
        <translation>已修改图表 %1</translation>
    </message>
    <message>
        <source>Chart %1 added</source>
        <translation>已添加图表 %1</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Id (letters, digits, -):</source>
        <translation>标识（字母、数字、-）：</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Name (a region, a company, a place):</source>
        <translation>名称（地区、企业或地点）：</translation>
    </message>
    <message>
        <source>Add subject…</source>
        <translation>添加主体…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clusterscope workspace (*.clusterscope)</source>
        <translation>Clusterscope 工作区 (*.clusterscope)</translation>
    </message>
    <message>
        <source>Clusterscope workspace as JSON (*.json)</source>
        <translation>Clusterscope 工作区，JSON 格式 (*.json)</translation>
    </message>
    <message>
        <source>Clusterscope workspaces (*.clusterscope *.json);;All files (*)</source>
        <translation>Clusterscope 工作区 (*.clusterscope *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted on %1 (%2)</source>
        <translation>粘贴于 %1（%2）</translation>
    </message>
    <message>
        <source>E&amp;xtract from text…</source>
        <translation>从文本提取(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>cs::ObservationTableModel</name>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>时间未注明</translation>
    </message>
    <message>
        <source> (year to date)</source>
        <translation>（年初至今累计）</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>（推算值）</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
</context>
<context>
    <name>cs::SentenceFiguresDialog</name>
    <message>
        <source>From a sentence</source>
        <translation>从句子提取</translation>
    </message>
    <message>
        <source>Paste the sentence the value comes from</source>
        <translation>粘贴数值所在的句子</translation>
    </message>
    <message>
        <source>The article&apos;s date: 今年, 去年 and 目前 are read from it</source>
        <translation>文章日期：据此解读“今年”“去年”“目前”</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation>使用此数字</translation>
    </message>
</context>
<context>
    <name>cs::SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
</context>
<context>
    <name>cs::SubjectPicker</name>
    <message>
        <source>Search subjects by name</source>
        <translation>按名称搜索主体</translation>
    </message>
    <message>
        <source>%1 subjects ticked, the most one chart can show readably: untick one to choose another.</source>
        <translation>已勾选 %1 个主体，一张图最多只能清楚显示这么多：取消勾选一个才能再选。</translation>
    </message>
    <message>
        <source>%1 of at most %2 subjects ticked; each is one line.</source>
        <translation>已勾选 %1 个主体，最多 %2 个；每个主体一条线。</translation>
    </message>
</context>
<context>
    <name>cs::WorkspaceBrowser</name>
    <message>
        <source>Filter by Chinese or English name</source>
        <translation>按中文或英文名称筛选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Future industries</source>
        <translation>未来产业</translation>
    </message>
    <message>
        <source>%1 clusters + %2 future industries</source>
        <translation>%1个集群 + %2个未来产业</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>时间未注明</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 个数值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个数值</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 个指标</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 个指标</translation>
    </message>
    <message>
        <source>%1 (%2 edition)</source>
        <translation>%1（%2年版）</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1个集群</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1个集群</translation>
    </message>
</context>
</TS>
