namespace AdminDocs.Validation;

/// <summary>How serious a finding is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; not a defect (e.g. a blank number in a draft).</summary>
    Info = 0,

    /// <summary>Probably wrong; check it.</summary>
    Warning = 1,

    /// <summary>Against the rules; fix it before issuing.</summary>
    Error = 2,
}

/// <summary>The rule set a document is checked against.</summary>
public enum DocumentProfile
{
    /// <summary>Nghị định 30/2020/NĐ-CP: state documents dated from 05/3/2020.</summary>
    Nd30,

    /// <summary>Thông tư 01/2011/TT-BNV: state documents dated before 05/3/2020.</summary>
    Tt01,

    /// <summary>Hướng dẫn 36-HD/VPTW: Party documents (văn bản của Đảng).</summary>
    Hd36,
}

/// <summary>What the document is validated for.</summary>
public enum ValidationStage
{
    /// <summary>A draft: a blank number or day is expected and reported as info.</summary>
    Draft,

    /// <summary>A document about to be issued: a blank number or day is an error.</summary>
    Issued,
}

/// <summary>The language of diagnostic messages.</summary>
public enum MessageLanguage
{
    /// <summary>Vietnamese (tiếng Việt).</summary>
    Vietnamese,

    /// <summary>English.</summary>
    English,
}
