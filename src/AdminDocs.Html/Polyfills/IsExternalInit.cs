#if NETSTANDARD2_0
using System.ComponentModel;

namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets records and <c>init</c> accessors compile for netstandard2.0. Every <c>init</c> setter of the netstandard2.0
/// assembly carries this type in its signature (modreq), so code compiled against that assembly names it here.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class IsExternalInit
{
}
#else
using System.Runtime.CompilerServices;

// The net10.0 assembly forwards the name to the runtime's own IsExternalInit: a netstandard2.0 library compiled
// against our netstandard2.0 assembly and loaded with the net10.0 one (any .NET 5+ app that uses it) names the
// type in this assembly, and without the forward its init setters would not bind (MissingMethodException).
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#endif
