using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// Maps source blocks back to the model path of the component they became ("nationalTitle",
/// "body.nodes[2]", "recipients.items[1]"), so that a document-wide typography finding (a font, a colour) can name
/// the component where it was first seen. A block the model does not name maps to "document".
/// </summary>
internal sealed class TypographyPaths
{
    private const int MaxDepth = 64;
    private readonly Dictionary<int, string> _paths = new();

    private TypographyPaths()
    {
    }

    /// <summary>The paths of every block of the document's components.</summary>
    public static TypographyPaths Of(AdminDocument document)
    {
        var p = new TypographyPaths();
        if (document is null)
        {
            return p;
        }

        p.Add("partyHeading", document.PartyHeading);
        p.Add("nationalTitle", document.NationalTitle);
        p.Add("motto", document.Motto);
        p.Add("parentAgency", document.ParentAgency?.Origin);
        p.Add("issuingAgency", document.IssuingAgency?.Origin);
        p.Add("number", document.Number?.Origin);
        p.Add("placeDate", document.PlaceDate?.Origin);
        p.Add("title", document.Title);
        p.Add("subject", document.Subject?.Origin);
        if (document.Addressees is { } addressees)
        {
            p.Add("addressees.label", addressees.Label);
            p.AddItems("addressees.items", addressees.Items);
        }

        p.AddNodes("body.nodes", document.Body?.Nodes ?? ImmutableArray<BodyNode>.Empty, 0);
        var signatures = document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is { } s)
            {
                var path = "signatures[" + Index(i) + "]";
                foreach (var line in s.Lines)
                {
                    p.Add(path, line);
                }

                p.Add(path + ".signerName", s.SignerName);
                p.Add(path, s.Origin);
            }
        }

        if (document.Recipients is { } recipients)
        {
            p.Add("recipients.label", recipients.Label);
            p.AddItems("recipients.items", recipients.Items);
        }

        p.Add("drafterCode", document.DrafterCode);
        var contacts = document.ContactLines;
        for (var i = 0; i < contacts.Length; i++)
        {
            p.Add("contactLines[" + Index(i) + "]", contacts[i]);
        }

        var appendices = document.Appendices;
        for (var i = 0; i < appendices.Length; i++)
        {
            if (appendices[i] is { } a)
            {
                var path = "appendices[" + Index(i) + "]";
                p.Add(path + ".label", a.Label);
                p.Add(path + ".title", a.Title);
                p.AddNodes(path + ".body.nodes", a.Body?.Nodes ?? ImmutableArray<BodyNode>.Empty, 0);
            }
        }

        return p;
    }

    /// <summary>The model path of the component a block belongs to, or "document".</summary>
    public string PathOf(int blockIndex) => _paths.TryGetValue(blockIndex, out var path) ? path : "document";

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private void Add(string path, TextElement? element)
    {
        if (element is not null)
        {
            Add(path, element.Origin);
        }
    }

    private void Add(string path, SourceSpan? span)
    {
        if (span is null)
        {
            return;
        }

        foreach (var block in span.Blocks)
        {
            if (block is not null && !_paths.ContainsKey(block.Index))
            {
                _paths[block.Index] = path;
            }
        }
    }

    private void AddItems(string path, ImmutableArray<ListItem> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            Add(path + "[" + Index(i) + "]", items[i]?.Origin);
        }
    }

    private void AddNodes(string path, ImmutableArray<BodyNode> nodes, int depth)
    {
        if (nodes.IsDefault || depth > MaxDepth)
        {
            return;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not { } node)
            {
                continue;
            }

            var nodePath = path + "[" + Index(i) + "]";
            Add(nodePath, node.Origin);
            if (node is BodySection section)
            {
                AddNodes(nodePath + ".children", section.Children, depth + 1);
            }
        }
    }
}
