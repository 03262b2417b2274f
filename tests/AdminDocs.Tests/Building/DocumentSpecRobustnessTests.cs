using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AdminDocs.Building;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

/// <summary>Every public input can be bad: mutated specs end in a document, a <see cref="DocumentBuildException"/> or a <see cref="DocumentSpecException"/>,
/// never in another exception.</summary>
public class DocumentSpecRobustnessTests
{
    private static readonly JsonNode?[] Replacements =
    {
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1.5), JsonValue.Create(int.MaxValue), JsonValue.Create(long.MaxValue),
        JsonValue.Create(true), JsonValue.Create(string.Empty), JsonValue.Create("   "), JsonValue.Create("x"), JsonValue.Create("1. a"),
        JsonValue.Create("KT. GIÁM ĐỐC"), JsonValue.Create("a\nb"), JsonValue.Create("\u0000"), new JsonArray(), new JsonObject(),
        new JsonArray(JsonValue.Create(1)), new JsonObject { ["clause"] = "a", ["content"] = new JsonArray(new JsonObject { ["part"] = "b" }) },
    };

    [Fact]
    public void A_thousand_mutated_specs_build_or_throw_a_spec_exception_only()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Dump.Asset("spec/bao-cao-spec.json")))!;
        var paths = new List<string>();
        Collect(sample, string.Empty, paths);
        var random = new Random(20241205);
        var built = 0;
        var rejected = 0;
        for (var i = 0; i < 1000; i++)
        {
            var spec = sample.DeepClone();
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(spec, paths[random.Next(paths.Count)], random);
            }

            var json = spec.ToJsonString();
            try
            {
                var result = DocumentSpec.Parse(json);
                Validator.Default.Validate(result.Document).Diagnostics.Should().Equal(result.Diagnostics, "the build validated the document once, and kept its warnings:\n" + json);
                result.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error, "a spec that builds gives a document with no error:\n" + json);
                built++;
            }
            catch (DocumentBuildException ex)
            {
                ex.Diagnostics.Should().NotBeEmpty();
                ex.Diagnostics.Should().OnlyContain(d => d.ModelPath.StartsWith("$", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
                rejected++;
            }
            catch (DocumentSpecException ex)
            {
                ex.Errors.Should().NotBeEmpty();
                ex.Errors.Should().OnlyContain(e => e.Path.StartsWith("$", StringComparison.Ordinal) && e.Message.Length > 0);
                rejected++;
            }
        }

        built.Should().BeGreaterThan(0);
        rejected.Should().BeGreaterThan(0);
    }

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o)
                {
                    Collect(p.Value, path + "/" + p.Key, paths);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], path + "/" + i, paths);
                }

                break;
        }
    }

    private static void Mutate(JsonNode root, string path, Random random)
    {
        if (path.Length == 0)
        {
            return;
        }

        var parts = path.Split('/').Skip(1).ToArray();
        JsonNode? parent = root;
        for (var i = 0; i < parts.Length - 1 && parent is not null; i++)
        {
            parent = parent switch
            {
                JsonArray arr => int.TryParse(parts[i], out var k) && k < arr.Count ? arr[k] : null,
                JsonObject obj => obj.TryGetPropertyValue(parts[i], out var v) ? v : null,
                _ => null,
            };
        }

        var last = parts[^1];
        var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last):
                if (random.Next(4) == 0)
                {
                    o.Remove(last);
                }
                else
                {
                    o[last] = replacement;
                }

                break;
            case JsonArray a when int.TryParse(last, out var index) && index < a.Count:
                if (random.Next(4) == 0)
                {
                    a.RemoveAt(index);
                }
                else
                {
                    a[index] = replacement;
                }

                break;
        }
    }
}
