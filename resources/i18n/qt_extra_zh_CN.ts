<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt 6.12 renamed these QFileDialog texts (an accelerator was added); the qtbase_zh_CN.qm
     it ships still translates only the old ones, so the Chinese file dialog showed English.
     Loaded after qtbase_zh_CN (counterdesk/app.py install_translation). -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
