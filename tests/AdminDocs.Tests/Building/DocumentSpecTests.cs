using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AdminDocs.Building;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace AdminDocs.Tests.Building;

public class DocumentSpecTests
{
    private static readonly System.Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static string SamplePath => Dump.Asset("spec/bao-cao-spec.json");

    private static string SchemaPath => Dump.Asset("schemas/document-spec.schema.json");

    /// <summary>A small complete spec; tests change one key to make a bad one.</summary>
    private const string Minimal = """
        {
          "kind": "ThongBao",
          "issuingAgency": { "name": "SỞ NỘI VỤ", "abbreviation": "SNV" },
          "parentAgency": "UBND TỈNH QUẢNG NGÃI",
          "number": 4,
          "place": "Quảng Ngãi",
          "date": "2025-01-06",
          "subject": "Lịch làm việc tuần 2 năm 2025",
          "body": ["Sở Nội vụ thông báo lịch làm việc tuần 2 năm 2025 của Lãnh đạo Sở."],
          "signature": { "chain": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "name": "Lê Thị Thu Hà" },
          "recipients": ["Lãnh đạo Sở"],
          "archive": "VP"
        }
        """;

    private static DocumentSpecException Rejected(string json, DocumentKind? kind = null)
    {
        var act = () => DocumentSpec.Parse(json, kind);
        return act.Should().Throw<DocumentSpecException>().Which;
    }

    private static string With(string key, string valueJson)
    {
        var node = JsonNode.Parse(Minimal)!.AsObject();
        node[key] = JsonNode.Parse(valueJson);
        return node.ToJsonString();
    }

    [Fact]
    public void The_sample_spec_builds_a_report_that_validates_with_no_finding()
    {
        using var stream = File.OpenRead(SamplePath);
        var document = DocumentSpec.Parse(stream).Document;

        document.Kind.Should().Be(DocumentKind.Report);
        Validator.Default.Validate(document).Diagnostics.Should().BeEmpty(Dump.Of(document));
    }

    [Fact]
    public void The_sample_spec_gives_the_same_document_as_the_builder_calls_and_as_the_sample_text()
    {
        var fromSpec = DocumentSpec.Parse(File.ReadAllText(SamplePath)).Document;
        var fromBuilder = BuiltDocuments.SampleReport().Build().Document;
        var fromText = TestDocuments.Recognize(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));

        ComponentText.Of(fromSpec).Should().Be(ComponentText.Of(fromBuilder));
        ComponentText.Of(fromSpec).Should().Be(ComponentText.Of(fromText));
    }

    [Fact]
    public void The_schema_accepts_the_sample_spec_and_the_minimal_spec()
    {
        var schema = Schema.Value;
        foreach (var json in new[] { File.ReadAllText(SamplePath), Minimal })
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(json);
            var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
        }
    }

    [Theory]
    [InlineData("foo", "1")]
    [InlineData("number", "\"12\"")]
    [InlineData("date", "\"05/03/2025\"")]
    [InlineData("kind", "\"CongThu\"")]
    [InlineData("body", "[{ \"clause\": \"a\", \"point\": \"b\" }]")]
    [InlineData("signature", "{ \"chain\": [\"GIÁM ĐỐC\"] }")]
    public void The_schema_rejects_what_the_parser_rejects(string key, string valueJson)
    {
        var schema = Schema.Value;
        var json = With(key, valueJson);

        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        schema.Evaluate(parsed.RootElement).IsValid.Should().BeFalse();
        Rejected(json).Errors.Should().NotBeEmpty();
    }

    [Fact]
    public void The_minimal_spec_builds_and_the_kind_may_come_from_the_caller()
    {
        var document = DocumentSpec.Parse(Minimal).Document;
        document.Number!.Text.Should().Be("Số: 04/TB-SNV");
        document.PlaceDate!.Text.Should().Be("Quảng Ngãi, ngày 06 tháng 01 năm 2025");
        document.Signature!.Authority.Should().Be("TL.");

        var node = JsonNode.Parse(Minimal)!.AsObject();
        node.Remove("kind");
        DocumentSpec.Parse(node.ToJsonString(), DocumentKind.Notice).Document.Kind.Should().Be(DocumentKind.Notice);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_its_path_and_a_suggestion()
    {
        var ex = Rejected(With("Subject", "\"x\""));

        ex.Errors.Should().ContainSingle();
        ex.Path.Should().Be("$.Subject");
        ex.Message.Should().Contain("Unknown key \"Subject\"; did you mean \"subject\"?");
    }

    [Theory]
    [InlineData("number", "\"215\"", "$.number", "a whole number")]
    [InlineData("number", "0", "$.number", "starts at 01 each year")]
    [InlineData("number", "{ \"value\": 2.5 }", "$.number.value", "Expected a whole number, not the number 2.5")]
    [InlineData("date", "\"2025-02-30\"", "$.date", "is not a date \"yyyy-MM-dd\"")]
    [InlineData("date", "20250105", "$.date", "Expected a date \"yyyy-MM-dd\", not the number 20250105")]
    [InlineData("kind", "\"CongThu\"", "$.kind", "\"CongThu\" is not a kind")]
    [InlineData("subject", "[\"a\"]", "$.subject", "Expected a string, not an array")]
    [InlineData("parentAgency", "\"Ủy ban nhân dân tỉnh\"", "$.parentAgency", "is written in capitals")]
    [InlineData("issuingAgency", "{ \"name\": \"SỞ NỘI VỤ\" }", "$.issuingAgency", "\"abbreviation\" is missing")]
    [InlineData("urgency", "\"GẤP\"", "$.urgency", "KHẨN, THƯỢNG KHẨN or HỎA TỐC")]
    [InlineData("body", "[\"Mở đầu.\", { \"clause\": \"a\", \"content\": [{ \"pointt\": \"b\" }] }]", "$.body[1].content[0]", "names what it is with one key")]
    [InlineData("body", "[{ \"table\": { \"rows\": [[\"a\", \"b\"], [\"c\"]] } }]", "$.body[0].table", "same number of cells")]
    [InlineData("body", "[\"1. Tình hình\"]", "$.body[0]", "starts like a numbered or bulleted part")]
    [InlineData("signature", "{ \"chain\": [\"K/T GIÁM ĐỐC\", \"PHÓ GIÁM ĐỐC\"], \"name\": \"Lê Văn Tám\" }", "$.signature.chain[0]", "\"KT. GIÁM ĐỐC\"")]
    [InlineData("recipients", "[\"Lưu: VT, VP.\"]", "$.recipients[0]", "Archive")]
    public void Wrong_types_and_invalid_values_are_reported_with_their_path(string key, string valueJson, string path, string message)
    {
        var ex = Rejected(With(key, valueJson));

        ex.Errors.Select(e => e.Path).Should().Contain(path, ex.Message);
        ex.Errors.First(e => e.Path == path).Message.Should().Contain(message);
    }

    [Fact]
    public void Problems_found_when_building_are_reported_with_the_path_of_the_spec()
    {
        DocumentBuildException Failed(string json)
        {
            var act = () => DocumentSpec.Parse(json);
            return act.Should().Throw<DocumentBuildException>().Which;
        }

        var ex = Failed(With("signature", "{ \"chain\": [\"KT. GIÁM ĐỐC\"], \"name\": \"Lê Văn Tám\" }"));

        ex.Diagnostics.Should().ContainSingle();
        ex.Diagnostics[0].ModelPath.Should().Be("$.signature");
        ex.Diagnostics[0].Id.Should().Be("AD5003");
        ex.InnerException.Should().BeOfType<DocumentBuildException>();

        var nested = Failed(With("body", "[{ \"clause\": \"Khoản\", \"content\": [{ \"article\": \"Điều\" }] }]"));
        nested.Diagnostics.Single().ModelPath.Should().Be("$.body[0].content[0]");

        var warned = DocumentSpec.Parse(With("subject", "\"LỊCH LÀM VIỆC TUẦN 2\""));
        warned.Diagnostics.Should().Contain(d => d.Id == "AD3106" && d.ModelPath == "subject");

        var several = JsonNode.Parse(Minimal)!.AsObject();
        several.Remove("signature");
        several["signatures"] = JsonNode.Parse("[{ \"chain\": [\"THƯ KÝ\"], \"name\": \"Lê Văn Tám\" }, { \"chain\": [\"KT. GIÁM ĐỐC\"], \"name\": \"Lê Văn Tư\" }]");
        Failed(several.ToJsonString()).Diagnostics.Single().Should().Match<Diagnostic>(d => d.ModelPath == "$.signatures[1]" && d.Id == "AD5003");
    }

    [Fact]
    public void Several_errors_are_reported_together()
    {
        var node = JsonNode.Parse(Minimal)!.AsObject();
        node["number"] = "x";
        node["date"] = "tomorrow";
        node["colour"] = "red";

        var ex = Rejected(node.ToJsonString());

        ex.Errors.Select(e => e.Path).Should().BeEquivalentTo("$.colour", "$.number", "$.date");
        ex.Message.Split('\n').Should().HaveCount(4);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"kind\": \"BaoCao\",, }")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public void Input_that_is_not_a_spec_object_is_rejected_with_a_clear_message(string json)
    {
        var ex = Rejected(json);

        ex.Errors.Should().NotBeEmpty();
        ex.Path.Should().StartWith("$");
    }

    [Fact]
    public void Json_syntax_errors_give_the_line()
    {
        var ex = Rejected("{\n  \"kind\": \"BaoCao\"\n  \"number\": 1\n}");

        ex.Message.Should().Contain("line 3");
        ex.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public void A_kind_that_differs_from_the_one_asked_for_is_rejected()
    {
        Rejected(Minimal, DocumentKind.Report).Errors.Single().Should().Match<DocumentSpecError>(e => e.Path == "$.kind" && e.Message.Contains("BaoCao"));
        Rejected("{}").Errors.Single().Message.Should().Contain("has no \"kind\"");
    }

    [Fact]
    public void Deep_nesting_and_oversized_input_end_with_a_spec_exception_not_a_crash()
    {
        var deep = new StringBuilder("{\"kind\":\"BaoCao\",\"body\":");
        for (var i = 0; i < 200; i++)
        {
            deep.Append("[{\"clause\":\"a\",\"content\":");
        }

        Rejected(deep.ToString()).Should().NotBeNull();

        using var big = new MemoryStream(new byte[DocumentSpec.MaxBytes + 10]);
        var act = () => DocumentSpec.Parse(big);
        act.Should().Throw<DocumentSpecException>().WithMessage("*larger than*");
    }

    [Fact]
    public void Every_node_kind_of_the_spec_reaches_the_builder()
    {
        const string Json = """
            {
              "kind": "QuyetDinh",
              "parentAgency": "UBND TỈNH QUẢNG NGÃI",
              "issuingAgency": { "name": "SỞ NỘI VỤ", "abbreviation": "SNV" },
              "number": { "value": 8 },
              "place": "Quảng Ngãi", "date": "2025-03-05",
              "subject": "Ban hành Quy chế văn thư của Sở Nội vụ",
              "urgency": "KHẨN", "secrecy": "MẬT", "circulation": ["LƯU HÀNH NỘI BỘ"],
              "body": [
                { "issuingAuthority": "GIÁM ĐỐC SỞ NỘI VỤ" },
                { "legalBasis": "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư" },
                { "proposal": "Theo đề nghị của Chánh Văn phòng Sở" },
                { "enactingFormula": true },
                { "article": "Ban hành Quy chế", "content": [
                  { "paragraph": "Ban hành kèm theo Quyết định này Quy chế văn thư tại Phụ lục." },
                  { "clause": "Phạm vi:", "content": [ { "subclause": "Văn bản đi;" }, { "subclause": "Văn bản đến." } ] },
                  { "clause": "Đối tượng:", "content": [ { "point": "Công chức;" }, { "point": "Viên chức.", "content": [ { "bullets": ["Văn thư", "Lưu trữ"] } ] } ] }
                ] },
                { "article": "Hiệu lực", "content": [ "Quyết định có hiệu lực từ ngày ký." ] }
              ],
              "signature": { "chain": "GIÁM ĐỐC", "name": "Nguyễn Văn An" },
              "recipients": ["Các phòng"],
              "archive": { "units": ["VP"], "copies": 2 },
              "drafterCode": { "code": "PL", "copies": 30 },
              "contacts": ["Địa chỉ: 52 Hùng Vương, thành phố Quảng Ngãi"],
              "appendices": [ { "title": "Quy chế văn thư", "content": [
                { "chapter": "Quy định chung", "content": [ { "article": "Phạm vi điều chỉnh", "content": ["Quy chế này quy định công tác văn thư."] } ] },
                { "table": { "headerRows": 1, "rows": [["STT", "Nội dung"], ["1", "Văn bản đi"]] } }
              ] } ]
            }
            """;

        var document = DocumentSpec.Parse(Json).Document;

        var text = ComponentText.Of(document);
        text.Should().Contain("(IssuingAuthority) GIÁM ĐỐC SỞ NỘI VỤ")
            .And.Contain("(LegalBasis) Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;")
            .And.Contain("(Proposal) Theo đề nghị của Chánh Văn phòng Sở.")
            .And.Contain("(EnactingFormula) QUYẾT ĐỊNH:")
            .And.Contain("[Subclause '1.2.' 1.2] Văn bản đến.")
            .And.Contain("[ListItem '-' ] Lưu trữ")
            .And.Contain("[Article 'Điều 2.' 2] Hiệu lực")
            .And.Contain("appendix: Phụ lục [] QUY CHẾ VĂN THƯ (Kèm theo Quyết định số 08/QĐ-SNV ngày 05 tháng 3 năm 2025 của Sở nội vụ)")
            .And.Contain("(table, 1 header) STT | Nội dung // 1 | Văn bản đi")
            .And.Contain("- Lưu: VT, VP (2).".Substring(2))
            .And.Contain("marks: KHẨN | MẬT | LƯU HÀNH NỘI BỘ");
        document.DrafterCode!.Text.Should().Be("PL.(30)");
        Validator.Default.Validate(document).Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty(text);
    }

    [Theory]
    [InlineData("BaoCao", DocumentKind.Report)]
    [InlineData("bao-cao", DocumentKind.Report)]
    [InlineData("Report", DocumentKind.Report)]
    [InlineData("cong-van", DocumentKind.OfficialLetter)]
    [InlineData("QUYDINH", DocumentKind.Provisions)]
    [InlineData("sao_y", DocumentKind.CopyTrue)]
    public void Kind_names_as_users_type_them_are_read(string name, DocumentKind expected)
    {
        DocumentSpec.TryParseKind(name, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Other")]
    [InlineData("CongThu")]
    public void Unknown_kind_names_are_not_read(string? name)
    {
        DocumentSpec.TryParseKind(name, out _).Should().BeFalse();
    }

    [Fact]
    public void A_spec_file_is_read_by_path_and_a_missing_file_is_an_io_error()
    {
        DocumentSpec.ParseFile(SamplePath, DocumentKind.Report).Document.Number!.Text.Should().Be("Số: 215/BC-SGTVT");

        var act = () => DocumentSpec.ParseFile(Path.Combine(Path.GetTempPath(), "no-such-spec-4a.json"));
        act.Should().Throw<FileNotFoundException>();
    }
}
