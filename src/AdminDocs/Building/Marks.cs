namespace AdminDocs.Building;

/// <summary>The mức độ khẩn of Nghị định 30/2020 Điều 4 and Phụ lục I, III.2.b.</summary>
public enum UrgencyLevel
{
    /// <summary>KHẨN.</summary>
    Urgent,

    /// <summary>THƯỢNG KHẨN.</summary>
    VeryUrgent,

    /// <summary>HỎA TỐC.</summary>
    Immediate,
}

/// <summary>The độ mật of Phụ lục I, III.2.a.</summary>
public enum SecrecyLevel
{
    /// <summary>MẬT.</summary>
    Confidential,

    /// <summary>TỐI MẬT.</summary>
    Secret,

    /// <summary>TUYỆT MẬT.</summary>
    TopSecret,
}
