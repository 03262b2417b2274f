using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AdminDocs.Recognition;

/// <summary>The last phase: the agency lines become the parent and issuing bodies, the typed rules are attached to the issuer, the Tiêu ngữ or the trích yếu.</summary>
internal sealed class AssemblyPhase
{
    private readonly RecognitionCursor _c;

    public AssemblyPhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    // ---------------------------------------------------------------- agencies and separators
    internal void AssignAgencies()
    {
        if (_c.AgencyLines.Count == 0)
        {
            return;
        }

        var groups = new List<List<Segment>>();
        // Bold tells the issuer from its parent (not bold) when the source gives it and the lines differ.
        var bold = _c.AgencyLines.All(l => l.IsBold() is not null) && _c.AgencyLines.Select(l => l.IsBold()).Distinct().Count() > 1;
        if (bold)
        {
            foreach (var line in _c.AgencyLines)
            {
                var isBold = line.IsBold() == true;
                if (groups.Count == 0 || (groups[groups.Count - 1][0].IsBold() == true) != isBold)
                {
                    groups.Add(new List<Segment>());
                }

                groups[groups.Count - 1].Add(line);
            }
        }
        else
        {
            foreach (var line in _c.AgencyLines)
            {
                var startsName = Patterns.StartsWithOrganizationHead(line.Text);
                var previous = groups.Count == 0 ? null : groups[groups.Count - 1];
                var fragment = previous is not null && previous.Count == 1 && Patterns.WordCount(previous[0].Text) == 1;
                if (previous is null || (startsName && !fragment))
                {
                    groups.Add(new List<Segment>());
                }

                groups[groups.Count - 1].Add(line);
            }
        }

        AgencyName Name(IEnumerable<Segment> lines)
        {
            var l = lines.ToList();
            return new AgencyName(l.Select(x => x.Text).ToImmutableArray()) { Origin = new SourceSpan(l.Select(x => x.Block).ToImmutableArray(), l[0].Offset) };
        }

        var issuer = groups[groups.Count - 1];
        _c.Document = _c.Document with
        {
            IssuingAgency = Name(issuer),
            ParentAgency = groups.Count > 1 ? Name(groups.Take(groups.Count - 1).SelectMany(g => g)) : null,
        };
    }

    /// <summary>Typed rules (<c>-------</c>, <c>*</c>) belong under the issuer, the Tiêu ngữ or the subject.</summary>
    internal void AssignSeparators()
    {
        // Order of appearance of the header elements that can carry a rule; each separator goes to the latest
        // element before it that has none yet.
        var targets = new List<(Segment Seg, string What)>();
        foreach (var (seg, code) in _c.Separators.OrderBy(x => x.Separator.Block.Index).ThenBy(x => x.Separator.Offset))
        {
            if (code == -4 || code == -5)
            {
                if (code == -4 && _c.Document.IssuingAgency is { Rule: null } left)
                {
                    _c.Document = _c.Document with { IssuingAgency = left with { Rule = seg.Element() } };
                }
                else if (code == -5 && _c.Document.Motto is { Rule: null } right)
                {
                    _c.Document = _c.Document with { Motto = right with { Rule = seg.Element() } };
                }
                else
                {
                    _c.Unrecognized(seg);
                }
            }
            else if (code == -1)
            {
                targets.Add((seg, "agency"));
            }
            else if (code == -2)
            {
                targets.Add((seg, "motto"));
            }
            else if (code == -3)
            {
                if (_c.Document.Subject is { Rule: null } subject)
                {
                    _c.Document = _c.Document with { Subject = subject with { Rule = seg.Element() } };
                }
                else if (_c.Document.Subject is null && _c.Document.Title is { Rule: null } title)
                {
                    // A giấy giới thiệu or giấy nghỉ phép has no trích yếu: the rule sits under the tên loại.
                    _c.Document = _c.Document with { Title = title with { Rule = seg.Element() } };
                }
                else
                {
                    _c.Unrecognized(seg);
                }
            }
            else
            {
                var placed = false;
                for (var t = targets.Count - 1; t >= 0 && !placed; t--)
                {
                    if (targets[t].What == "motto" && _c.Document.Motto is { Rule: null } motto)
                    {
                        _c.Document = _c.Document with { Motto = motto with { Rule = seg.Element() } };
                        placed = true;
                    }
                    else if (targets[t].What == "agency" && _c.Document.IssuingAgency is { Rule: null } issuer)
                    {
                        _c.Document = _c.Document with { IssuingAgency = issuer with { Rule = seg.Element() } };
                        placed = true;
                    }
                }

                if (!placed)
                {
                    _c.Unrecognized(seg);
                }
            }
        }
    }
}
