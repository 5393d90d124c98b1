using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// A paging extension that cannot be applied is OAG0013 at the value that says so (file, line, column), and the
/// operation keeps its Refit method but gets no pager; JSON-content query parameters that are not objects stay
/// strings with OAG0007.
/// </summary>
public sealed class PagingDiagnosticsTests
{
    /// <summary>A list operation whose 200 response is <c>Page</c>; <paramref name="extension"/> is indented as under the operation, from line 7.</summary>
    private static string Spec(string extension, string response = "Page") => $$"""
        openapi: 3.0.3
        info: { title: T, version: "1" }
        paths:
          /items:
            get:
              operationId: listItems
        {{extension}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/{{response}}' }
        components:
          schemas:
            Page:
              type: object
              properties:
                items: { type: array, items: { type: string } }
                count: { type: integer }
                nextLink: { type: string }
                links:
                  type: object
                  properties:
                    next: { $ref: '#/components/schemas/Link' }
                    text: { type: string }
            Link:
              type: object
              properties:
                uri: { type: string }
                method: { type: string }
                headers: { type: array, items: { type: string } }
            Names: { type: array, items: { type: string } }
        """;

    private static GeneratorOutput Run(string spec) => GeneratorRunner.RunOnText(spec, "/specs/spec.yaml");

    [Theory]
    [InlineData("      x-pageable: true", "spec.yaml(7,19): warning OAG0013: The x-pageable extension of listItems is not applied: it must be an object (itemName, nextLinkName, nextLinkKind); the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextlinkName: links.next", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: 'nextlinkName' is not one of its keys (itemName, nextLinkName, nextLinkKind); the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: null", "spec.yaml(8,19): warning OAG0013: The x-pageable extension of listItems is not applied: 'itemName' must be a property name; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: [links]", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: 'nextLinkName' must be a property name, or null for a single page; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkKind: cursor", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: 'nextLinkKind' must be 'url' or 'link'; the operation is generated without a pager. Correct the extension or the response schema it names")]
    public void Values_that_cannot_be_read_are_reported_where_they_are(string extension, string expected)
        => Assert.Equal([expected], Run(Spec(extension)).Diagnostics);

    [Theory]
    [InlineData("      x-pageable:\n        itemName: entries", "spec.yaml(8,19): warning OAG0013: The x-pageable extension of listItems is not applied: itemName 'entries': 'Page' has no such property; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: count", "spec.yaml(8,19): warning OAG0013: The x-pageable extension of listItems is not applied: itemName 'count' of 'Page' is not an array; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: links.after", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: nextLinkName 'links.after': 'Page links' has no property 'after'; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: count.next", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: nextLinkName 'count.next': 'count' is not an object; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: links.next", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: nextLinkName 'links.next' is not a string, which a next link of kind url is (an object is a link: nextLinkKind: link); the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: links.text\n        nextLinkKind: link", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: nextLinkName 'links.text' is not a link object {uri, method, headers: [{key, value}]}: 'Page links text' is not an object; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-pageable:\n        itemName: items\n        nextLinkName: links.next\n        nextLinkKind: link", "spec.yaml(9,23): warning OAG0013: The x-pageable extension of listItems is not applied: nextLinkName 'links.next' is not a link object {uri, method, headers: [{key, value}]}: 'headers' of 'Link' is not an array of objects with string properties 'key' and 'value'; the operation is generated without a pager. Correct the extension or the response schema it names")]
    [InlineData("      x-ms-pageable:\n        itemName: items\n        nextLinkName: links.text", "spec.yaml(9,23): warning OAG0013: The x-ms-pageable extension of listItems is not applied: nextLinkName 'links.text': 'Page' has no such property; the operation is generated without a pager. Correct the extension or the response schema it names")]
    public void Names_that_do_not_fit_the_response_are_reported_at_the_name(string extension, string expected)
        => Assert.Equal([expected], Run(Spec(extension)).Diagnostics);

    [Fact]
    public void An_operation_without_a_JSON_object_response_is_reported_at_the_extension()
    {
        Assert.Equal(
            ["spec.yaml(7,19): warning OAG0013: The x-pageable extension of listItems is not applied: its success response 'Names' is not an object; the operation is generated without a pager. Correct the extension or the response schema it names"],
            Run(Spec("      x-pageable: { itemName: items }", response: "Names")).Diagnostics);

        var noContent = Spec("      x-pageable: { itemName: items }").Replace("""
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Page' }
            """, string.Empty, StringComparison.Ordinal);
        Assert.Equal(
            ["spec.yaml(7,19): warning OAG0013: The x-pageable extension of listItems is not applied: the operation has no JSON success response with a schema to read pages from; the operation is generated without a pager. Correct the extension or the response schema it names"],
            Run(noContent).Diagnostics);
    }

    [Fact]
    public void A_rejected_extension_leaves_the_Refit_method_and_generates_no_paging_code()
    {
        var output = Run(Spec("      x-pageable:\n        itemName: count"));

        Assert.Single(output.Diagnostics);
        Assert.Contains(output.Files, f => f.Text.Contains("ListItemsAsync(", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Files, f => f.HintName.Contains("Paging", StringComparison.Ordinal));
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void Defaults_and_a_single_page_need_no_more_than_the_extension_s_name()
    {
        var output = Run(Spec("      x-ms-pageable: { itemName: items }"));
        Assert.Empty(output.Diagnostics);
        Assert.Contains("PageLink.FromUrl(next)", output.Files.Single(f => f.HintName.EndsWith("ApiPaging.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);

        var single = Run(Spec("      x-pageable: { itemName: items, nextLinkName: null }"));
        Assert.Empty(single.Diagnostics);
        Assert.Contains("return (response.Items ?? global::System.Array.Empty<string>(), null);", single.Files.Single(f => f.HintName.EndsWith("ApiPaging.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_content_query_parameter_that_is_not_an_object_stays_a_string_the_caller_writes()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - name: ids
                      in: query
                      content:
                        application/json:
                          schema: { type: array, items: { type: integer } }
                  responses: { "204": { description: ok } }
            """;

        var output = Run(spec);

        Assert.Equal(["spec.yaml(8,11): warning OAG0007: The query parameter 'ids' has JSON content whose schema is not an object or union, so no generated type writes its JSON; it is generated as a string parameter that the caller formats. Pass the value's JSON text"], output.Diagnostics);
        Assert.Contains("[global::Refit.Query] [global::Refit.AliasAs(\"ids\")] string? ids = null", output.Files.Single(f => f.HintName.EndsWith("ITApi.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}
