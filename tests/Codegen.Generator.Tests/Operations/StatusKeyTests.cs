using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Operations;

/// <summary>
/// The keys of a "responses" map: status codes, ranges and "default" are read, anything else is reported at the key
/// (OAG0056) and left out, and every binder takes the same responses as the call's success.
/// </summary>
public sealed class StatusKeyTests
{
    [Theory]
    [InlineData("200", true, true)]
    [InlineData("204", true, true)]
    [InlineData("2XX", true, true)]
    [InlineData("2xx", true, true)]
    [InlineData("100", true, false)]
    [InlineData("404", true, false)]
    [InlineData("4XX", true, false)]
    [InlineData("599", true, false)]
    [InlineData("default", true, false)]
    [InlineData("600", false, false)]
    [InlineData("099", false, false)]
    [InlineData("2ab", false, false)]
    [InlineData("2X0", false, false)]
    [InlineData("20", false, false)]
    [InlineData("2000", false, false)]
    [InlineData("Default", false, false)]
    [InlineData("2\u0660\u0660", false, false)] // Arabic-Indic zeros: digits to char.IsDigit, not to HTTP
    [InlineData("", false, false)]
    public void A_key_is_valid_and_a_success_as_OpenAPI_defines_them(string key, bool valid, bool success)
    {
        Assert.Equal(valid, StatusKeys.IsValid(key));
        Assert.Equal(success, StatusKeys.IsSuccess(key));
    }

    [Fact]
    public void A_key_that_is_no_status_is_reported_where_it_is_and_left_out()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    "2ab":
                      description: Not a status.
                      content: { application/json: { schema: { type: string } } }
                    "2xx":
                      description: The pet count.
                      content: { application/json: { schema: { type: integer } } }
                    "404": { description: No pets. }
                    x-note: { description: An extension, skipped without a word. }
            """);

        Assert.Equal(
            ["test.yaml(8,9): warning OAG0056: The response key '2ab' is not an HTTP status code (100 to 599), a range (1XX to 5XX) or 'default'; the response is not generated. Write the status code it stands for, such as '200' or '4XX'"],
            output.Diagnostics);
        var api = output.FileText("IPetsApi.g.cs");
        Assert.Contains("global::System.Threading.Tasks.Task<long> ListPetsAsync(", api, StringComparison.Ordinal);
        Assert.Contains("The pet count.", api, StringComparison.Ordinal);
        Assert.Contains("No pets.", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a status.", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_2xx_code_or_range_is_a_success_so_the_documented_errors_keep_every_other_status()
    {
        // "default" is the result only without a 2xx; beside "201" it is one of the errors the method documents.
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                post:
                  operationId: addPet
                  responses:
                    "201":
                      description: The new pet's id.
                      content: { application/json: { schema: { type: integer } } }
                    "3XX": { description: Moved elsewhere. }
                    default: { description: Something else went wrong. }
            """);

        Assert.Empty(output.Diagnostics);
        var api = output.FileText("IPetsApi.g.cs");
        Assert.Contains("global::System.Threading.Tasks.Task<long> AddPetAsync(", api, StringComparison.Ordinal);
        Assert.Contains("Moved elsewhere.", api, StringComparison.Ordinal);
        Assert.Contains("Something else went wrong.", api, StringComparison.Ordinal);
    }
}
