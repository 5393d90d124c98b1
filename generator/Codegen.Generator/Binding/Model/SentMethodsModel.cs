using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>
/// The operations of an interface that Refit cannot send (an HTTP method Refit's generated request building does not
/// know, OpenAPI 3.2's QUERY or additionalOperations such as LINK; or a querystring parameter): extension methods of
/// the interface that send over its HttpClient.
/// Each method's attributes say, as for a Refit method, where each parameter goes; its first attribute is the
/// RequestMethod attribute (the method as sent, then the path template).
/// </summary>
/// <param name="InterfaceName">The interface they extend; it has <c>HttpClient Client { get; }</c>, which Refit implements.</param>
/// <param name="ClassName">The static class of the extension methods.</param>
/// <param name="ClientOwner">
/// The interface that declares <c>Client</c>: this one, or the interface of a nested child tag it extends that
/// declares it already (declaring it again would hide that one).
/// </param>
internal sealed record SentMethodsModel(string InterfaceName, string ClassName, ImmutableEquatableArray<SentMethodModel> Methods, string ClientOwner);

/// <summary>One method sent over HttpClient, with the names bind chose for its receiver and locals.</summary>
internal sealed record SentMethodModel(MethodModel Method, SentMethodLocals Locals);

/// <summary>The extension method's receiver and locals, named apart from the operation's parameters.</summary>
/// <param name="Api">The receiver: the interface the method extends.</param>
/// <param name="Target">The path and query string being built.</param>
/// <param name="Separator">The character before the next query pair ('?', then '&amp;').</param>
internal sealed record SentMethodLocals(string Api, string Target, string Separator, string BaseAddress, string Request, string Response, string Result, string Exception);

/// <summary>
/// A class that implements an interface none of whose methods is Refit's (only methods sent over HttpClient): Refit
/// generates no implementation for it, so this one holds the HttpClient and registers itself with Refit, so that
/// <c>RestService.For</c> and <c>RestService.ForGenerated</c> create it.
/// </summary>
/// <param name="InterfaceName">The interface it implements.</param>
/// <param name="ClassName">The class.</param>
internal sealed record ClientImplementationModel(string InterfaceName, string ClassName);
