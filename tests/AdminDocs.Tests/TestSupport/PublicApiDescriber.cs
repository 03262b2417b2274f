using System;
using System.Linq;
using System.Reflection;
using System.Text;

namespace AdminDocs.Tests.TestSupport;

/// <summary>
/// Describes the public surface of an assembly as text, one line per exported type and member, sorted, for the
/// approval tests of every package (AdminDocs, AdminDocs.Docx, AdminDocs.Html): compiled into each test project
/// that approves one, so the packages are described the same way.
/// </summary>
public static class PublicApiDescriber
{
    /// <summary>The public types of <paramref name="assembly"/> and their public members, sorted.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The description, one line per type and member.</returns>
    public static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').AppendLine(Name(type));
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(Flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                .Select(Member)
                .Where(s => s.Length > 0)
                .OrderBy(s => s, StringComparer.Ordinal);
            foreach (var m in members)
            {
                sb.Append("  ").AppendLine(m);
            }
        }

        return sb.ToString();
    }

    private static bool IsCompilerGenerated(MemberInfo m) =>
        m.Name is "<Clone>$" or "EqualityContract" || m.GetCustomAttributes().Any(a => a.GetType().Name == "CompilerGeneratedAttribute" && m is MethodInfo { Name: "PrintMembers" or "Deconstruct" });

    private static readonly NullabilityInfoContext Nullability = new();

    private static string Nullable(NullabilityState state, Type type) =>
        state == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Params(c)})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)}{Nullable(Nullability.Create(mi.ReturnParameter).ReadState, mi.ReturnType)} {mi.Name}({Params(mi)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)}{Nullable(Nullability.Create(p).ReadState, p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsLiteral ? $"{f.Name} = {f.GetRawConstantValue()}" : string.Empty,
        FieldInfo f => $"field {Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => m.Name,
    };

    private static string Params(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)}{Nullable(Nullability.Create(p).WriteState, p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type t)
    {
        if (t.IsGenericType)
        {
            var tick = t.Name.IndexOf('`');
            var name = tick < 0 ? t.Name : t.Name.Substring(0, tick);
            if (t.GetGenericTypeDefinition() == typeof(Nullable<>))
            {
                return Name(t.GetGenericArguments()[0]) + "?";
            }

            return $"{t.Namespace}.{name}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }

        return t.IsGenericParameter ? t.Name : (t.FullName ?? t.Name).Replace('+', '.');
    }
}
