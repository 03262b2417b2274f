using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// Reads a JSON document spec (the input of <c>admindocs new &lt;kind&gt; --from spec.json</c>; format in
/// <c>docs/document-spec.md</c>, schema in <c>docs/schemas/document-spec.schema.json</c>) into a
/// <see cref="DocumentBuilder"/> and builds the document. The JSON is walked with <see cref="JsonDocument"/>, without
/// reflection-based serialization, so it works under Native AOT and trimming.
/// </summary>
/// <remarks>Every problem is reported at once in a <see cref="DocumentSpecException"/>, each with its JSON path:
/// invalid JSON, unknown keys, wrong types, invalid values, and what <see cref="DocumentBuilder.Build"/> refuses.</remarks>
public static class DocumentSpec
{
    /// <summary>The largest spec read, in bytes (16 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly string[] TopKeys =
    {
        "$schema", "kind", "letterTitle", "parentAgency", "issuingAgency", "number", "place", "date", "subject", "to", "body",
        "signature", "signatures", "recipients", "archive", "urgency", "secrecy", "circulation", "drafterCode", "contacts",
        "appendices",
    };

    private static readonly string[] SectionKeys = { "part", "chapter", "section", "subsection", "romanSection", "article", "clause", "subclause", "point", "bullet" };

    private static readonly string[] LineKeys = { "paragraph", "legalBasis", "issuingAuthority", "proposal", "enactingFormula", "bullets", "table" };

    /// <summary>Builds the document a JSON spec describes.</summary>
    /// <param name="json">The spec.</param>
    /// <param name="kind">The kind asked for (e.g. by the command line), or <see langword="null"/> to take the spec's
    /// <c>"kind"</c>; when both are given they must agree.</param>
    /// <param name="options">The validation options of the build (<see cref="DocumentBuilder.Build"/>), or <see langword="null"/>.</param>
    /// <param name="validator">The validator of the build, or <see langword="null"/> for <see cref="Validator.Default"/>.</param>
    /// <returns>The built document and the warnings the validator found in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentSpecException">The spec is not valid JSON or not a valid description.</exception>
    /// <exception cref="DocumentBuildException">The validator finds an error in the document the spec describes; each
    /// finding's <see cref="Diagnostic.ModelPath"/> is the JSON path of the spec's key ("$.signature").</exception>
    public static DocumentBuildResult Parse(string json, DocumentKind? kind = null, ValidationOptions? options = null, Validator? validator = null) =>
        Build(Read(Utf8(json), kind), options, validator);

    /// <summary>Builds the document a JSON spec (UTF-8) describes.</summary>
    /// <param name="utf8Json">The spec, UTF-8 (a byte order mark is allowed); at most <see cref="MaxBytes"/>.</param>
    /// <param name="kind">The kind asked for, or <see langword="null"/>.</param>
    /// <param name="options">The validation options of the build, or <see langword="null"/>.</param>
    /// <param name="validator">The validator of the build, or <see langword="null"/> for <see cref="Validator.Default"/>.</param>
    /// <returns>The built document and the warnings the validator found in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="DocumentSpecException">The spec is not valid JSON or not a valid description.</exception>
    /// <exception cref="DocumentBuildException">The validator finds an error in the document (JSON paths).</exception>
    public static DocumentBuildResult Parse(Stream utf8Json, DocumentKind? kind = null, ValidationOptions? options = null, Validator? validator = null) =>
        Build(Read(Bytes(utf8Json), kind), options, validator);

    /// <summary>Builds the document a JSON spec file describes.</summary>
    /// <param name="path">The spec file (UTF-8).</param>
    /// <param name="kind">The kind asked for, or <see langword="null"/>.</param>
    /// <param name="options">The validation options of the build, or <see langword="null"/>.</param>
    /// <param name="validator">The validator of the build, or <see langword="null"/> for <see cref="Validator.Default"/>.</param>
    /// <returns>The built document and the warnings the validator found in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/>, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    /// <exception cref="DocumentSpecException">The spec is not valid JSON or not a valid description.</exception>
    /// <exception cref="DocumentBuildException">The validator finds an error in the document (JSON paths).</exception>
    public static DocumentBuildResult ParseFile(string path, DocumentKind? kind = null, ValidationOptions? options = null, Validator? validator = null)
    {
        using var stream = File.OpenRead(path ?? throw new ArgumentNullException(nameof(path)));
        return Parse(stream, kind, options, validator);
    }

    /// <summary>
    /// Reads a kind as a user types it: the catalog name of <c>document-types.tsv</c> ("BaoCao"), the English name
    /// ("Report") or the catalog name in kebab case ("bao-cao"), case ignored. For the <c>&lt;kind&gt;</c> argument of
    /// <c>admindocs new</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the name is one of the 32 kinds.</returns>
    public static bool TryParseKind(string? name, out DocumentKind kind)
    {
        var key = (name ?? string.Empty).Replace("-", string.Empty).Replace("_", string.Empty).Trim();
        foreach (var info in DocumentKindInfo.All)
        {
            if (string.Equals(info.CatalogName, key, StringComparison.OrdinalIgnoreCase) || string.Equals(info.Kind.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                kind = info.Kind;
                return true;
            }
        }

        kind = DocumentKind.Other;
        return false;
    }

    /// <summary>Reads a JSON spec into a builder, without building: the caller may add to it, then call
    /// <see cref="DocumentBuilder.Build"/>.</summary>
    /// <param name="json">The spec.</param>
    /// <param name="kind">The kind asked for, or <see langword="null"/>.</param>
    /// <returns>The filled builder.</returns>
    /// <exception cref="DocumentSpecException">The spec is not valid.</exception>
    public static DocumentBuilder ToBuilder(string json, DocumentKind? kind = null) => Read(Utf8(json), kind).Builder;

    /// <summary>The level whose printed mark is <paramref name="text"/> (compared as VietnameseText keys), or null.</summary>
    private static T? Level<T>(string text, T[] levels, Func<T, string> printed)
        where T : struct
    {
        var key = Text.VietnameseText.Key(text);
        foreach (var level in levels)
        {
            if (key == Text.VietnameseText.Key(printed(level)))
            {
                return level;
            }
        }

        return null;
    }

    private static byte[] Utf8(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > MaxBytes)
        {
            throw new DocumentSpecException($"The spec is larger than {MaxBytes} bytes.");
        }

        return bytes;
    }

    /// <summary>Reads a JSON spec (UTF-8) into a builder, without building.</summary>
    /// <param name="utf8Json">The spec.</param>
    /// <param name="kind">The kind asked for, or <see langword="null"/>.</param>
    /// <returns>The filled builder.</returns>
    /// <exception cref="DocumentSpecException">The spec is not valid.</exception>
    public static DocumentBuilder ToBuilder(Stream utf8Json, DocumentKind? kind = null) => Read(Bytes(utf8Json), kind).Builder;

    private static byte[] Bytes(Stream utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new DocumentSpecException($"The spec is larger than {MaxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return offset == 0 ? bytes : bytes.Skip(offset).ToArray();
    }

    private static DocumentBuildResult Build((DocumentBuilder Builder, bool SingleSignature) spec, ValidationOptions? options, Validator? validator)
    {
        try
        {
            return spec.Builder.Build(options, validator);
        }
        catch (DocumentBuildException ex) when (!ex.Diagnostics.IsDefaultOrEmpty)
        {
            // The same exception, with the paths a spec's author knows: the JSON path of the key to change.
            var single = spec.SingleSignature;
            throw new DocumentBuildException(ex.Diagnostics.Select(d => d with { ModelPath = JsonPathOf(d.ModelPath, single) }).ToImmutableArray(), ex);
        }
    }

    /// <summary>
    /// The JSON path of a builder or model path: the body and appendices keep their detail ("body.nodes[2].children[0]"
    /// → "$.body[2].content[0]"); any other component maps to the key of the spec that gives it ("placeDate.day" →
    /// "$.date", "addressees.items[1]" → "$.to", "marks.urgency" → "$.urgency").
    /// </summary>
    internal static string JsonPathOf(string modelPath, bool singleSignature = false)
    {
        var p = modelPath ?? string.Empty;
        if (p.StartsWith("body", StringComparison.Ordinal) || p.StartsWith("appendices", StringComparison.Ordinal))
        {
            p = p.Replace("body.nodes", "body").Replace(".children", ".content").Replace("].body[", "].content[");
            p = Regex.Replace(p, @"^appendices\[(\d+)\]\.body", "appendices[$1].content", RegexOptions.CultureInvariant);
            return "$." + p;
        }

        if (p.StartsWith("signature", StringComparison.Ordinal))
        {
            var m = Regex.Match(p, @"^signatures?(?:\[(?<i>\d+)\])?", RegexOptions.CultureInvariant);
            return singleSignature || !m.Groups["i"].Success ? "$.signature" : "$.signatures[" + m.Groups["i"].Value + "]";
        }

        var head = Regex.Match(p, @"^[A-Za-z]+", RegexOptions.CultureInvariant).Value;
        var key = head switch
        {
            "placeDate" => p.StartsWith("placeDate.place", StringComparison.Ordinal) ? "place" : "date",
            "addressees" => "to",
            "title" => "letterTitle",
            "contactLines" => "contacts",
            "marks" => p.StartsWith("marks.urgency", StringComparison.Ordinal) ? "urgency" : p.StartsWith("marks.secrecy", StringComparison.Ordinal) ? "secrecy" : "circulation",
            "nationalTitle" or "motto" or "document" or "" => string.Empty,
            _ => head,
        };
        return key.Length == 0 ? "$" : "$." + key;
    }

    private static (DocumentBuilder Builder, bool SingleSignature) Read(byte[] utf8, DocumentKind? kind)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, JsonOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" (line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})"
                : string.Empty;
            throw new DocumentSpecException(ImmutableArray.Create(new DocumentSpecError(ex.Path ?? "$", "Not valid JSON" + where + ": " + ex.Message)), ex);
        }

        using (json)
        {
            var reader = new SpecReader();
            var builder = reader.ReadRoot(json.RootElement, kind);
            if (reader.Errors.Count > 0 || builder is null)
            {
                throw new DocumentSpecException(reader.Errors.ToImmutableArray());
            }

            return (builder, reader.SingleSignature);
        }
    }

    private sealed class SpecReader
    {
        public List<DocumentSpecError> Errors { get; } = new();

        public bool SingleSignature { get; private set; }

        public DocumentBuilder? ReadRoot(JsonElement root, DocumentKind? asked)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", $"The spec is a JSON object, not {Describe(root)}.");
                return null;
            }

            Keys(root, "$", TopKeys);
            var before = Errors.Count;
            DocumentKind? kind = asked;
            if (root.TryGetProperty("kind", out var kindElement))
            {
                if (String(kindElement, "$.kind") is { } name)
                {
                    if (!TryParseKind(name, out var k))
                    {
                        Error("$.kind", $"\"{name}\" is not a kind: use a catalog name such as BaoCao, QuyetDinh, CongVan (document-types.tsv) or the English name (Report).");
                    }
                    else if (asked is { } a && a != k)
                    {
                        Error("$.kind", $"The spec is a {k} ({DocumentKindInfo.Get(k).CatalogName}) but a {a} ({DocumentKindInfo.Get(a).CatalogName}) was asked for.");
                    }
                    else
                    {
                        kind = k;
                    }
                }
            }
            else if (asked is null)
            {
                Error("$", "The spec has no \"kind\" (e.g. \"BaoCao\").");
            }

            if (kind is not { } documentKind || Errors.Count > before)
            {
                return null;
            }

            var b = new DocumentBuilder(documentKind);
            if (root.TryGetProperty("letterTitle", out var letterTitle) && String(letterTitle, "$.letterTitle") is { } letter)
            {
                Call("$.letterTitle", () => b.LetterTitle(letter));
            }

            if (root.TryGetProperty("parentAgency", out var parent) && String(parent, "$.parentAgency") is { } parentName)
            {
                Call("$.parentAgency", () => b.ParentAgency(parentName));
            }

            if (root.TryGetProperty("issuingAgency", out var issuer))
            {
                ReadIssuer(b, issuer);
            }

            if (root.TryGetProperty("number", out var number))
            {
                ReadNumber(b, number);
            }

            var hasPlace = root.TryGetProperty("place", out var placeElement);
            var hasDate = root.TryGetProperty("date", out var dateElement);
            if (hasPlace != hasDate)
            {
                Error(hasPlace ? "$" : "$.date", "Give both \"place\" and \"date\".");
            }
            else if (hasPlace && String(placeElement, "$.place") is { } place && Date(dateElement, "$.date") is { } date)
            {
                Call("$.place", () => b.PlaceAndDate(place, date));
            }

            if (root.TryGetProperty("subject", out var subject) && String(subject, "$.subject") is { } subjectText)
            {
                Call("$.subject", () => b.Subject(subjectText));
            }

            if (root.TryGetProperty("to", out var to))
            {
                foreach (var (text, path) in Strings(to, "$.to", allowSingle: true))
                {
                    Call(path, () => b.To(text));
                }
            }

            if (root.TryGetProperty("body", out var body))
            {
                b.Body(x => ReadNodes(x, body, "$.body"));
            }

            var hasOne = root.TryGetProperty("signature", out var one);
            var hasMany = root.TryGetProperty("signatures", out var many);
            if (hasOne && hasMany)
            {
                Error("$.signature", "Give \"signature\" (one block) or \"signatures\" (several), not both.");
            }
            else if (hasOne)
            {
                SingleSignature = true;
                ReadSignature(b, one, "$.signature");
            }
            else if (hasMany && Array(many, "$.signatures") is { } blocks)
            {
                var i = 0;
                foreach (var s in blocks)
                {
                    ReadSignature(b, s, "$.signatures[" + Index(i++) + "]");
                }
            }

            if (root.TryGetProperty("recipients", out var recipients))
            {
                foreach (var (text, path) in Strings(recipients, "$.recipients", allowSingle: false))
                {
                    Call(path, () => b.Recipients(text));
                }
            }

            if (root.TryGetProperty("archive", out var archive))
            {
                ReadArchive(b, archive);
            }

            if (root.TryGetProperty("urgency", out var urgency) && String(urgency, "$.urgency") is { } u)
            {
                if (Level(u, [UrgencyLevel.Urgent, UrgencyLevel.VeryUrgent, UrgencyLevel.Immediate], DocumentBuilder.UrgencyText) is { } level)
                {
                    b.Urgency(level);
                }
                else
                {
                    Error("$.urgency", $"\"{u}\" is not an urgency: KHẨN, THƯỢNG KHẨN or HỎA TỐC.");
                }
            }

            if (root.TryGetProperty("secrecy", out var secrecy) && String(secrecy, "$.secrecy") is { } s2)
            {
                if (Level(s2, [SecrecyLevel.Confidential, SecrecyLevel.Secret, SecrecyLevel.TopSecret], DocumentBuilder.SecrecyText) is { } level)
                {
                    b.Secrecy(level);
                }
                else
                {
                    Error("$.secrecy", $"\"{s2}\" is not a secrecy level: MẬT, TỐI MẬT or TUYỆT MẬT.");
                }
            }

            if (root.TryGetProperty("circulation", out var circulation))
            {
                foreach (var (text, path) in Strings(circulation, "$.circulation", allowSingle: true))
                {
                    Call(path, () => b.Circulation(text));
                }
            }

            if (root.TryGetProperty("drafterCode", out var drafter) && Object(drafter, "$.drafterCode") is { } d)
            {
                Keys(d, "$.drafterCode", "code", "copies");
                var code = Required(d, "$.drafterCode", "code") is { } c ? String(c, "$.drafterCode.code") : null;
                var copies = Required(d, "$.drafterCode", "copies") is { } n ? Int(n, "$.drafterCode.copies") : null;
                if (code is not null && copies is { } count)
                {
                    Call("$.drafterCode", () => b.DrafterCode(code, count));
                }
            }

            if (root.TryGetProperty("contacts", out var contacts))
            {
                foreach (var (text, path) in Strings(contacts, "$.contacts", allowSingle: false))
                {
                    Call(path, () => b.Contact(text));
                }
            }

            if (root.TryGetProperty("appendices", out var appendices) && Array(appendices, "$.appendices") is { } list)
            {
                var i = 0;
                foreach (var a in list)
                {
                    ReadAppendix(b, a, "$.appendices[" + Index(i++) + "]");
                }
            }

            return b;
        }

        private void ReadIssuer(DocumentBuilder b, JsonElement e)
        {
            const string Path = "$.issuingAgency";
            if (Object(e, Path) is not { } o)
            {
                return;
            }

            Keys(o, Path, "name", "abbreviation", "nameInText");
            var name = Required(o, Path, "name") is { } n ? String(n, Path + ".name") : null;
            var abbreviation = Required(o, Path, "abbreviation") is { } a ? String(a, Path + ".abbreviation") : null;
            var inText = o.TryGetProperty("nameInText", out var t) ? String(t, Path + ".nameInText") : null;
            if (name is not null && abbreviation is not null)
            {
                Call(Path, () => b.IssuingAgency(name, abbreviation, inText));
            }
        }

        private void ReadNumber(DocumentBuilder b, JsonElement e)
        {
            const string Path = "$.number";
            if (e.ValueKind == JsonValueKind.Number)
            {
                if (Int(e, Path) is { } value)
                {
                    Call(Path, () => b.Number(value));
                }

                return;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(Path, $"\"number\" is a whole number (215) or an object {{\"value\": 12, \"unit\": \"VP\"}}, not {Describe(e)}.");
                return;
            }

            Keys(e, Path, "value", "unit");
            var unit = e.TryGetProperty("unit", out var u) ? String(u, Path + ".unit") : null;
            if (e.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null)
            {
                if (Int(v, Path + ".value") is { } value)
                {
                    Call(Path + ".value", () => b.Number(value, unit));
                }
            }
            else
            {
                Call(Path, () => b.DraftNumber(unit));
            }
        }

        private void ReadArchive(DocumentBuilder b, JsonElement e)
        {
            const string Path = "$.archive";
            if (e.ValueKind is JsonValueKind.String or JsonValueKind.Array)
            {
                var units = Strings(e, Path, allowSingle: true).Select(x => x.Text).ToArray();
                Call(Path, () => b.Archive(units));
                return;
            }

            if (Object(e, Path) is not { } o)
            {
                return;
            }

            Keys(o, Path, "units", "copies");
            var list = o.TryGetProperty("units", out var us) ? Strings(us, Path + ".units", allowSingle: true).Select(x => x.Text).ToArray() : System.Array.Empty<string>();
            if (o.TryGetProperty("copies", out var c))
            {
                if (Int(c, Path + ".copies") is { } copies)
                {
                    Call(Path + ".copies", () => b.Archive(copies, list));
                }
            }
            else
            {
                Call(Path, () => b.Archive(list));
            }
        }

        private void ReadSignature(DocumentBuilder b, JsonElement e, string path)
        {
            if (Object(e, path) is not { } o)
            {
                return;
            }

            Keys(o, path, "chain", "name", "placeholder");
            var actions = new List<Action<SignatureBuilder>>();
            if (Required(o, path, "chain") is { } chain)
            {
                foreach (var (line, linePath) in Strings(chain, path + ".chain", allowSingle: true))
                {
                    var prefix = Authorities.Parse(line);
                    if (prefix is null)
                    {
                        actions.Add(s => Call(linePath, () => s.Title(line)));
                        continue;
                    }

                    if (prefix.Flaw != AuthorityFlaw.None || prefix.MissingSpace)
                    {
                        Error(linePath, $"\"{line}\": write the quyền hạn as \"{prefix.Canonical} {prefix.Rest}\" (TM., KT., TL., TUQ. or Q., then a space).");
                        continue;
                    }

                    var rest = prefix.Rest;
                    if (rest.Length == 0)
                    {
                        Error(linePath, $"\"{line}\": the quyền hạn is followed by a title or a collective on the same line.");
                        continue;
                    }

                    actions.Add(prefix.Kind switch
                    {
                        AuthorityKind.OnBehalf => s => Call(linePath, () => s.OnBehalfOf(rest)),
                        AuthorityKind.SignFor => s => Call(linePath, () => s.SignFor(rest)),
                        AuthorityKind.ByOrder => s => Call(linePath, () => s.ByOrder(rest)),
                        AuthorityKind.Delegated => s => Call(linePath, () => s.Delegated(rest)),
                        _ => s => Call(linePath, () => s.Acting(rest)),
                    });
                }
            }

            if (o.TryGetProperty("placeholder", out var ph) && String(ph, path + ".placeholder") is { } placeholder)
            {
                actions.Add(s => Call(path + ".placeholder", () => s.Placeholder(placeholder)));
            }

            if (Required(o, path, "name") is { } n && String(n, path + ".name") is { } name)
            {
                actions.Add(s => Call(path + ".name", () => s.Name(name)));
            }

            b.Signature(s =>
            {
                foreach (var a in actions)
                {
                    a(s);
                }
            });
        }

        private void ReadAppendix(DocumentBuilder b, JsonElement e, string path)
        {
            if (Object(e, path) is not { } o)
            {
                return;
            }

            Keys(o, path, "title", "reference", "content");
            var title = o.TryGetProperty("title", out var t) ? String(t, path + ".title") : null;
            var reference = o.TryGetProperty("reference", out var r) ? String(r, path + ".reference") : null;
            var content = Required(o, path, "content");
            Call(path, () => b.Appendix(title, x =>
            {
                if (content is { } c)
                {
                    ReadNodes(x, c, path + ".content");
                }
            }, reference));
        }

        private void ReadNodes(BodyBuilder b, JsonElement e, string path)
        {
            if (Array(e, path) is not { } nodes)
            {
                return;
            }

            var i = 0;
            foreach (var node in nodes)
            {
                ReadNode(b, node, path + "[" + Index(i++) + "]");
            }
        }

        private void ReadNode(BodyBuilder b, JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                var text = e.GetString()!;
                Call(path, () => b.Paragraph(text));
                return;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(path, $"A body node is a string (a paragraph) or an object such as {{\"clause\": \"...\"}}, not {Describe(e)}.");
                return;
            }

            var kinds = e.EnumerateObject().Where(p => SectionKeys.Contains(p.Name) || LineKeys.Contains(p.Name)).Select(p => p.Name).ToList();
            if (kinds.Count != 1)
            {
                Error(path, kinds.Count == 0
                    ? "A body node names what it is with one key: " + string.Join(", ", LineKeys.Concat(SectionKeys)) + "."
                    : "A body node has one kind, not " + string.Join(" and ", kinds) + ".");
                return;
            }

            var kind = kinds[0];
            var isSection = SectionKeys.Contains(kind);
            Keys(e, path, isSection ? new[] { kind, "content" } : new[] { kind });
            var value = e.GetProperty(kind);
            var valuePath = path + "." + kind;
            switch (kind)
            {
                case "table":
                    ReadTable(b, value, valuePath);
                    return;
                case "bullets":
                    foreach (var (text, p) in Strings(value, valuePath, allowSingle: false))
                    {
                        Call(p, () => b.Bullet(text));
                    }

                    return;
                case "enactingFormula":
                    if (value.ValueKind == JsonValueKind.True)
                    {
                        Call(valuePath, () => b.EnactingFormula());
                    }
                    else if (String(value, valuePath, "a string (\"QUYẾT ĐỊNH:\") or true for the kind's own") is { } formula)
                    {
                        Call(valuePath, () => b.EnactingFormula(formula));
                    }

                    return;
            }

            if (String(value, valuePath) is not { } s)
            {
                return;
            }

            Action<BodyBuilder>? content = null;
            if (isSection && e.TryGetProperty("content", out var c))
            {
                content = x => ReadNodes(x, c, path + ".content");
            }

            Call(valuePath, () => _ = kind switch
            {
                "paragraph" => b.Paragraph(s),
                "legalBasis" => b.LegalBasis(s),
                "issuingAuthority" => b.IssuingAuthority(s),
                "proposal" => b.Proposal(s),
                "part" => b.Part(s, content),
                "chapter" => b.Chapter(s, content),
                "section" => b.Section(s, content),
                "subsection" => b.Subsection(s, content),
                "romanSection" => b.RomanSection(s, content),
                "article" => b.Article(s, content),
                "clause" => b.Clause(s, content),
                "subclause" => b.Subclause(s, content),
                "point" => b.Point(s, content),
                _ => b.Bullet(s, content),
            });
        }

        private void ReadTable(BodyBuilder b, JsonElement e, string path)
        {
            if (Object(e, path) is not { } o)
            {
                return;
            }

            Keys(o, path, "headerRows", "rows");
            var header = 1;
            if (o.TryGetProperty("headerRows", out var h))
            {
                if (Int(h, path + ".headerRows") is not { } hr)
                {
                    return;
                }

                header = hr;
            }

            if (Required(o, path, "rows") is not { } rowsElement || Array(rowsElement, path + ".rows") is not { } rows)
            {
                return;
            }

            var list = new List<IReadOnlyList<string>>();
            var i = 0;
            foreach (var row in rows)
            {
                var rowPath = path + ".rows[" + Index(i++) + "]";
                if (row.ValueKind != JsonValueKind.Array)
                {
                    Error(rowPath, $"A table row is an array of strings, not {Describe(row)}.");
                    return;
                }

                var cells = new List<string>();
                var j = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    if (String(cell, rowPath + "[" + Index(j++) + "]") is not { } text)
                    {
                        return;
                    }

                    cells.Add(text);
                }

                list.Add(cells);
            }

            Call(path, () => b.Table(list, header));
        }

        private void Call(string path, Action action)
        {
            try
            {
                action();
            }
            catch (ArgumentException ex)
            {
                var message = ex.Message;
                var at = ex.ParamName is null ? -1 : message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
                Error(path, at > 0 ? message.Substring(0, at) : message);
            }
            catch (InvalidOperationException ex)
            {
                Error(path, ex.Message);
            }
        }

        private void Error(string path, string message) => Errors.Add(new DocumentSpecError(path, message));

        private void Keys(JsonElement o, string path, params string[] allowed)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in o.EnumerateObject())
            {
                if (!seen.Add(p.Name))
                {
                    Error(path + "." + p.Name, $"The key \"{p.Name}\" is given twice.");
                }
                else if (!allowed.Contains(p.Name))
                {
                    var near = allowed.FirstOrDefault(a => string.Equals(a, p.Name, StringComparison.OrdinalIgnoreCase));
                    Error(path + "." + p.Name, $"Unknown key \"{p.Name}\"" + (near is null ? $"; the keys here are {string.Join(", ", allowed.Where(a => a != "$schema"))}." : $"; did you mean \"{near}\"?"));
                }
            }
        }

        private JsonElement? Required(JsonElement o, string path, string key)
        {
            if (o.TryGetProperty(key, out var v))
            {
                return v;
            }

            Error(path, $"\"{key}\" is missing.");
            return null;
        }

        private JsonElement? Object(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                return e;
            }

            Error(path, $"Expected an object, not {Describe(e)}.");
            return null;
        }

        private JsonElement.ArrayEnumerator? Array(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                return e.EnumerateArray();
            }

            Error(path, $"Expected an array, not {Describe(e)}.");
            return null;
        }

        private string? String(JsonElement e, string path, string expected = "a string")
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                return e.GetString();
            }

            Error(path, $"Expected {expected}, not {Describe(e)}.");
            return null;
        }

        private int? Int(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v))
            {
                return v;
            }

            Error(path, $"Expected a whole number, not {Describe(e)}.");
            return null;
        }

        private DateTime? Date(JsonElement e, string path)
        {
            if (String(e, path, "a date \"yyyy-MM-dd\"") is not { } text)
            {
                return null;
            }

            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(path, $"\"{text}\" is not a date \"yyyy-MM-dd\" (e.g. \"2025-03-05\").");
            return null;
        }

        private List<(string Text, string Path)> Strings(JsonElement e, string path, bool allowSingle)
        {
            var result = new List<(string, string)>();
            if (allowSingle && e.ValueKind == JsonValueKind.String)
            {
                result.Add((e.GetString()!, path));
                return result;
            }

            if (e.ValueKind != JsonValueKind.Array)
            {
                Error(path, $"Expected an array of strings{(allowSingle ? " or a string" : string.Empty)}, not {Describe(e)}.");
                return result;
            }

            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var p = path + "[" + Index(i++) + "]";
                if (String(item, p) is { } s)
                {
                    result.Add((s, p));
                }
            }

            return result;
        }

        private static string Describe(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "the number " + e.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
            JsonValueKind.Null => "null",
            _ => "nothing",
        };

        private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
    }
}
