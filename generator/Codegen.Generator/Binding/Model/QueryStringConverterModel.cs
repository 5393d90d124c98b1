namespace Codegen.Generator.Binding.Model;

/// <summary>
/// A class that writes values of one type as the whole query string of a request (OpenAPI 3.2 <c>in: querystring</c>):
/// Refit's <c>IQueryConverter</c> for the interface's methods, and a static method for the methods sent over HttpClient.
/// </summary>
/// <param name="ClassName">The class, in the client's namespace.</param>
/// <param name="Type">The parameter's type; <paramref name="Nullable"/> for a nullable value type, which Refit passes as is.</param>
/// <param name="IsJson">The value's JSON text; otherwise its form name=value pairs.</param>
internal sealed record QueryStringConverterModel(string ClassName, TypeRef Type, bool Nullable, bool IsJson);
