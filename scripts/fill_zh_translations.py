#!/usr/bin/env python3
"""Fills resources/translations/clusterscope_zh_CN.ts from the table below.

Run after `cmake --build build --target update_translations` has added new source texts;
texts missing from the table are listed and left unfinished (shown in English)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    'Clusterscope': 'Clusterscope',
    'Opening %1…': '正在打开 %1…', 'Opening %1 was cancelled': '已取消打开 %1',
    'Importing %1…': '正在导入 %1…', 'Importing %1 was cancelled': '已取消导入 %1', 'Cancel': '取消',
    '&File': '文件(&F)', '&View': '视图(&V)', '&Language': '语言(&L)', '&Help': '帮助(&H)', '&Quit': '退出(&Q)',
    'As defined': '按定义', 'Draw each series as its chart definition says': '按图表定义绘制各系列',
    'Bars': '柱状', 'Draw every series of a time series as bars': '将时间序列的所有系列画成柱状',
    'Lines': '折线', 'Draw every series of a time series as lines': '将时间序列的所有系列画成折线',
    'Share of total': '占总量比重', 'Show a breakdown as shares of its published total': '以占公布总量的比重显示构成',
    'Reset view': '重置视图', 'Undo zooming and panning (double-click the chart)': '撤销缩放和平移（双击图表）',
    '&About Clusterscope': '关于 Clusterscope(&A)', 'About &Qt': '关于 Qt(&Q)',
    'Chart: ': '图表：', 'Series': '系列', 'Period': '时期', 'Value': '数值', 'Source': '来源',
    'Chart from the browser': '来自浏览器的图表',
    '%1 · 1 value · %2': '%1 · 1 个数值 · %2', '%1 · %2 values · %3': '%1 · %2 个数值 · %3',
    'date not given': '时间未注明', ' (year to date)': '（年初至今累计）', ' (derived)': '（推算值）', 'derived': '推算',
    'Select a bar, a point or a row to see where its number comes from.': '选择柱、点或表格行，查看数字的出处。',
    'Cumulative from the start of the year: not a full-year figure.': '自年初起累计：不是全年数。',
    'Publisher': '发布者', 'Date': '日期', 'not given': '未注明', 'Confidence': '可信度', 'Reference': '出处', 'Note': '备注',
    'No data yet for %1 in this workspace': '本工作区暂无“%1”的数据',
    'Choose an indicator to chart it.': '选择一个指标即可绘图。',
    'About Clusterscope': '关于 Clusterscope',
    '<h3>Clusterscope %1</h3><p>Regional industry indicators and the clusters behind them, every number traced to its source.</p>'
    '<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Clusterscope uses Qt and QCustomPlot (GPL-3.0).</p>':
    '<h3>Clusterscope %1</h3><p>区域产业指标及其背后的产业集群，每个数字都可追溯到出处。</p>'
    '<p>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。Clusterscope 使用 Qt 和 QCustomPlot（GPL-3.0）。</p>',
    'Filter by Chinese or English name': '按中文或英文名称筛选', 'Name': '名称', 'Latest value': '最新值',
    '1 value': '1 个数值', '%1 values': '%1 个数值', 'no data yet': '暂无数据', '%1 (%2 edition)': '%1（%2年版）',
    '1 cluster': '1个集群', '%1 clusters': '%1个集群',
    'Future industries': '未来产业', '%1 clusters + %2 future industries': '%1个集群 + %2个未来产业',
    'Subjects': '主体', '1 indicator': '1 个指标', '%1 indicators': '%1 个指标', 'Indicators': '指标',
    'Title': '标题', 'Source line': '来源行', 'Export chart': '导出图表',
    'Screen, 800 × 500': '屏幕，800 × 500', 'Social media, 1200 × 628': '社交媒体，1200 × 628',
    'Journal, single column (85 mm, 300 dpi)': '期刊单栏（85 毫米，300 dpi）',
    'Journal, double column (180 mm, 300 dpi)': '期刊双栏（180 毫米，300 dpi）',
    'Custom size': '自定义尺寸', ' px': ' 像素', 'Size preset:': '尺寸预设：', 'Size (logical pixels):': '尺寸（逻辑像素）：',
    'Scale:': '缩放：', 'Language:': '语言：', 'Include:': '包含：',
    'The format comes from the file name: .png, .pdf or .svg.': '格式由文件扩展名决定：.png、.pdf 或 .svg。',
    '= %1 dpi in PNG, %2 × %3 pixels': '= PNG %1 dpi，%2 × %3 像素',
    '&Edit': '编辑(&E)', '&Export…': '导出(&E)…', '&Copy chart': '复制图表(&C)',
    'PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)': 'PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)',
    'Cannot export to %1:\n%2': '无法导出到 %1：\n%2', 'Exported %1': '已导出 %1',
    'Chart copied as an image and as SVG': '图表已复制为图像和 SVG',
    'Edit c&hart…': '编辑图表(&H)…', 'New chart from this &view…': '以当前视图新建图表(&V)…',
    'Chart %1 changed': '已修改图表 %1', 'Chart %1 added': '已添加图表 %1',
    'Add indicator %1': '添加指标 %1', 'Remove indicator %1': '删除指标 %1', 'Add source %1': '添加来源 %1',
    'Remove source %1': '删除来源 %1', 'Add indicator': '添加指标', 'Id (letters, digits, -):': '标识（字母、数字、-）：',
    'Subject:': '主体：', 'Add source': '添加来源', 'Add indicator…': '添加指标…', 'Remove indicator': '删除指标',
    'Add source…': '添加来源…', 'Remove source': '删除来源',
    'a subject, or the name of a new one': '选择主体，或输入新主体的名称', 'New indicator…': '新建指标…',
    'New source…': '新建来源…', 'Choose the source of the value': '请选择该数值的来源', 'New indicator': '新指标',
    'New source': '新来源', '%1 was removed or renamed by another program': '%1 已被其他程序删除或改名',
    'Add subject %1': '添加主体 %1', 'Add subject': '添加主体', 'Add subject…': '添加主体…',
    'Name (a region, a company, a place):': '名称（地区、企业或地点）：',
    'Skipped: %1': '已跳过：%1',
    'The header row: the names of the columns': '表头行：各列的名称',
    'Line %1 of the file': '文件第 %1 行',
    'row has %1 fields, the header has %2': '此行有 %1 个字段，表头有 %2 个',
    '%1 more rows with a different number of fields': '另有 %1 行字段数不同',
    'Import %1': '导入 %1',
    'Auto': '自动',
    'comma': '逗号',
    'semicolon': '分号',
    'tab': '制表符',
    'pipe': '竖线',
    'long (one row per value)': '长表（每行一个数值）',
    'wide (periods as columns)': '宽表（时期为列）',
    'indicator columns (a period column, then one column per indicator)': '指标列（一列时期，其后每个指标一列）',
    'auto': '自动',
    'The line holding the column names; lines above it are skipped as metadata': '列名所在的行；其上各行作为元数据跳过',
    'The text encoding: detected, or chosen here': '文本编码：自动检测，或在此选择',
    'The character between fields: detected, or chosen here': '字段分隔符：自动检测，或在此选择',
    'File:': '文件：',
    'Format:': '格式：',
    'Encoding:': '编码：',
    'Delimiter:': '分隔符：',
    'Sheet:': '工作表：',
    'Header line:': '表头行：',
    'Layout:': '布局：',
    'How the file is read': '文件的读取方式',
    'Column': '列',
    'Role': '作用',
    'What each column holds. Data: a period column (wide layout) or an indicator column (indicator columns layout).': '每列的内容。数据：时期列（宽表）或指标列（指标列布局）。',
    'Columns': '列',
    'Preview: the first %1 rows as read': '预览：读取的前 %1 行',
    'Import': '导入',
    'Reading %1…': '正在读取 %1…',
    'reading…': '读取中…',
    'Parsing %1…': '正在解析 %1…',
    'Cancel': '取消',
    'Mapping the table…': '正在映射表格…',
    'None': '无',
    'Subject': '主体',
    'Indicator': '指标',
    'Unit': '单位',
    'Ignore': '忽略',
    'Data': '数据',
    'Eurostat key': 'Eurostat 键',
    'XLSX workbook': 'XLSX 工作簿',
    'delimited text': '分隔文本',
    'Auto (%1)': '自动（%1）',
    'auto (line %1)': '自动（第 %1 行）',
    'long': '长表',
    'wide': '宽表',
    'indicator columns': '指标列',
    'Reading was cancelled: what is shown is out of date. Change an option to read the file again.': '已取消读取：显示的内容已过时。更改任一选项即可重新读取文件。',
    'The file cannot be read: %1': '无法读取文件：%1',
    'Nothing can be imported: %1': '无法导入任何数据：%1',
    '%1 values in %2 indicators will be imported; %3 cells missing; %4 rows skipped': '将导入 %2 个指标的 %1 个数值；%3 个单元格缺失；跳过 %4 行',
    '(no name)': '（无名称）',
    'A period column (wide layout) or an indicator column (indicator columns layout)': '时期列（宽表）或指标列（指标列布局）',
    '… and %1 more rows skipped': '…… 另跳过 %1 行',
    'Line %1, column %2: skipped: %3': '第 %1 行第 %2 列：已跳过：%3',
    'Line %1: skipped: %2': '第 %1 行：已跳过：%2',
    '&Import…': '导入(&I)…',
    'Imported %1 values in %2 indicators from %3; %4 cells missing; %5 rows skipped': '已从 %3 导入 %2 个指标的 %1 个数值；%4 个单元格缺失；跳过 %5 行',
    'Import data': '导入数据',
    'Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)': '数据文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)',
    'Cannot import %1:\n%2': '无法导入 %1：\n%2',
    # Editing, files, autosave and recovery (#6).
    '%1 was changed on disk by another program': '%1 已被其他程序修改',
    'Save': '保存', '&New': '新建(&N)', '&Open…': '打开(&O)…', 'Open &Recent': '最近打开(&R)',
    '&Save': '保存(&S)', 'Save &As…': '另存为(&A)…', 'History': '历史记录', '<opened>': '<打开时>',
    '&Undo': '撤销(&U)', '&Undo %1': '撤销(&U)“%1”', '&Redo': '重做(&R)', '&Redo %1': '重做(&R)“%1”',
    '[*]Clusterscope': '[*]Clusterscope', '[*]%1 — Clusterscope': '[*]%1 — Clusterscope',
    'There is no value %1 in this workspace': '本工作区没有数值 %1', 'Edit %1': '编辑“%1”',
    'There is no row %1': '没有第 %1 行',
    # Adding and removing values, editing quotes, indicators and sources.
    '&Add value…': '添加数值(&A)…', 'Remo&ve value': '删除数值(&V)', 'Edit &quote…': '编辑原文(&Q)…',
    'Edit i&ndicator…': '编辑指标(&N)…', 'Edit sou&rce…': '编辑来源(&R)…',
    'Add value': '添加数值', 'Edit indicator': '编辑指标', 'Edit source': '编辑来源', 'Edit quote': '编辑原文',
    'as shown: 2023 Q1–Q3, Sep 2023, 2023; or empty': '如：2023年前三季度、2023年9月、2023年；或留空',
    'as written: 5.4, more than 270, 6000+, ≈9150': '如：5.4、超过270、6000+、约9150',
    'Quote': '原文', 'Id': '标识', 'Name (Chinese)': '中文名称', 'Name (English)': '英文名称', 'Measure': '度量',
    'There is no indicator %1 in this workspace': '本工作区没有指标 %1', 'Not stored': '未保存该修改',
    'Add a value of %1': '添加“%1”的数值', 'Remove a value of %1': '删除“%1”的数值',
    'Edit indicator %1': '编辑指标“%1”', 'Edit source %1': '编辑来源“%1”',
    'The exact sentence the value comes from:': '数值出处的原句：',
    'YYYY-MM-DD or YYYY-MM': 'YYYY-MM-DD 或 YYYY-MM',
    'This value is computed by Clusterscope and cannot be edited': '此数值由 Clusterscope 推算，不能编辑',
    '“%1” is not a period (%2)': '“%1”不是有效时期（%2）', '“%1” is not a number': '“%1”不是数字',
    'There is no source %1 in this workspace': '本工作区没有来源 %1', 'This column cannot be edited': '此列不能编辑',
    '“%1” is not in this indicator’s unit (%2)': '“%1”不是该指标的单位（%2）', '“%1” has a unit; type the number alone': '“%1”带有单位；请只输入数字',
    'Not stored: %1': '未保存该修改：%1', 'Unsaved changes': '未保存的更改', 'Restore unsaved work': '恢复未保存的工作',
    'File changed on disk': '文件已在磁盘上被修改', 'The workspace': '工作区',
    '%1 has unsaved changes. Save them?': '%1 有未保存的更改。要保存吗？',
    'cannot read the file': '无法读取该文件', 'not a workspace': '不是工作区文件', 'Opened %1': '已打开 %1',
    'The workspace has no file yet: use Save As': '工作区尚无文件：请使用“另存为”',
    '%1 was changed on disk by another program. Overwrite it with your version?': '%1 已被其他程序修改。要用您的版本覆盖它吗？',
    'Cannot save %1:\n%2': '无法保存 %1：\n%2', 'Saved %1': '已保存 %1', 'Save workspace': '保存工作区',
    'Clusterscope workspace (*.clusterscope)': 'Clusterscope 工作区 (*.clusterscope)', 'Open workspace': '打开工作区',
    'Clusterscope workspace as JSON (*.json)': 'Clusterscope 工作区，JSON 格式 (*.json)',
    'Clusterscope workspaces (*.clusterscope *.json);;All files (*)': 'Clusterscope 工作区 (*.clusterscope *.json);;所有文件 (*)',
    'Cannot open %1:\n%2': '无法打开 %1：\n%2', '%1 breaks some rules:\n%2': '%1 违反了一些规则：\n%2',
    'No recent files': '无最近文件', 'Cannot write the recovery file: %1': '无法写入恢复文件：%1',
    'an untitled workspace': '未命名工作区',
    'Clusterscope did not close normally. Restore the unsaved changes to %1 from %2?':
    'Clusterscope 上次未正常关闭。要恢复 %2 时对 %1 的未保存更改吗？',
    'Cannot restore: %1': '无法恢复：%1', 'Restored unsaved changes; save them to keep them': '已恢复未保存的更改；请保存以保留它们',
}

# The chart-definition editor (app/dialogs/chart_editor.cpp).
ZH.update({
    'Chart definition': '图表定义', 'Id:': '标识：', 'Title (Chinese):': '标题（中文）：', 'Title (English):': '标题（英文）：',
    'A short name for the chart, unique in the workspace': '图表的简短标识，在工作区内唯一',
    'The id of a chart in the workspace cannot be changed': '工作区中已有图表的标识不能修改',
    'Time series': '时间序列', 'Breakdown': '构成', 'Growth comparison': '增速比较', 'Taxonomy': '产业体系', 'Kind:': '类型：',
    'Style': '样式', 'Axis': '坐标轴', 'Visible': '显示', 'Label (Chinese)': '图例（中文）', 'Label (English)': '图例（英文）',
    'Add series': '添加系列', 'Remove series': '删除系列', 'Move up': '上移', 'Move down': '下移',
    'Query': '查询', 'Parts of a total': '总量的组成部分', 'Listed indicators': '所列指标', 'Clusters': '产业集群',
    'Categories': '产业类别', 'All indicators': '全部指标', 'Scope:': '范围：', 'Total:': '总量：',
    'indicator ids, separated by commas': '指标标识，以逗号分隔', 'Indicators:': '指标：', '(any)': '（任意）',
    'Level': '总量', 'Growth': '增速', 'Share': '比重', 'Cumulative': '累计', 'Count': '数量', 'Ratio': '比率',
    'Duration': '时长', 'Target': '目标', 'Measure:': '度量：',
    '2023, 2023-Q3, 2023-09, 2023-Q1/2023-Q3': '2023、2023-Q3、2023-09、2023-Q1/2023-Q3', 'Period:': '时期：',
    'As listed': '按列出顺序', 'Ascending': '升序', 'Descending': '降序', 'Shares, stacked': '比重堆积', 'Donut': '环形图',
    'Sort:': '排序：', 'View:': '视图：', 'Line': '折线', 'Left': '左', 'Right': '右',
    'The chart needs an id': '图表需要一个标识', 'Another chart already has the id “%1”': '已有其他图表使用标识“%1”',
    '“%1” is not a period: %2': '“%1”不是有效时期：%2',
    'Edit chart %1': '编辑图表“%1”', 'Add chart %1': '添加图表“%1”',
    'Indicator of the selected series:': '所选系列的指标：',
    'Search indicators by Chinese or English name or id': '按中文名、英文名或标识搜索指标',
    'Subjects of “%1” (each ticked one is a line):': '“%1”的主体（每个勾选的主体画一条线）：',
    'Search subjects by name': '按名称搜索主体',
    '%1 of at most %2 subjects ticked; each is one line.': '已勾选 %1 个主体，最多 %2 个；每个主体一条线。',
    '%1 subjects ticked, the most one chart can show readably: untick one to choose another.':
        '已勾选 %1 个主体，一张图最多只能清楚显示这么多：取消勾选一个才能再选。',
    'Series %1: “%2” has values for several subjects: tick the ones to draw':
        '第%1个系列：“%2”有多个主体的数值，请勾选要画的主体',
    'Series %1: “%2” has no values for “%3”': '第%1个系列：“%2”没有“%3”的数值',
})


def main() -> int:
    path = Path(__file__).resolve().parent.parent / 'resources/translations/clusterscope_zh_CN.ts'
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source not in ZH:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            translation.text = None
            form = ET.SubElement(translation, 'numerusform')
            form.text = ZH[source]
        else:
            translation.text = ZH[source]
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    for m in missing:
        print('untranslated:', m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
