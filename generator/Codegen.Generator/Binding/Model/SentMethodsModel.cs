using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>
/// The operations of an interface whose HTTP method Refit's generated request building does not know (OpenAPI 3.2's
/// QUERY, additionalOperations such as LINK): extension methods of the interface that send over its HttpClient.
/// Each method's attributes say, as for a Refit method, where each parameter goes; its first attribute is the
/// RequestMethod attribute (the method as sent, then the path template).
/// </summary>
/// <param name="InterfaceName">The interface they extend; it has <c>HttpClient Client { get; }</c>, which Refit implements.</param>
/// <param name="ClassName">The static class of the extension methods.</param>
/// <param name="ClientOwner">
/// The interface that declares <c>Client</c>: this one, or the interface of a nested child tag it extends that
/// declares it already (declaring it again would hide that one).
/// </param>
internal sealed record SentMethodsModel(string InterfaceName, string ClassName, ImmutableEquatableArray<MethodModel> Methods, string ClientOwner);
