namespace Specweave.Runtime;

/// <summary>
/// Marks a hidden Refit method whose response another member of the same interface reads (see
/// <c>JsonResponse</c>): callers call that member, and Refit names the hidden method in the request's options
/// (<c>Refit.MethodName</c>). A handler that asks what an operation returns follows this to the member's return type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class JsonResponseReaderAttribute(string memberName) : Attribute
{
    /// <summary>The name of the interface method that calls this one and reads its response; it has the same parameters.</summary>
    public string MemberName { get; } = memberName;
}
