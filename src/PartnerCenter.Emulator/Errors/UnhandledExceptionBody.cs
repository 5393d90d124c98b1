namespace PartnerCenter.Emulator.Errors;

/// <summary>An emulator bug still answers with the Partner Center error body, so clients see a well-formed 500.</summary>
internal static class UnhandledExceptionBody
{
    public static Task WriteAsync(HttpContext context) =>
        ErrorResponses.WriteErrorAsync(
            context,
            StatusCodes.Status500InternalServerError,
            "500",
            "The emulator failed to process the request.");
}
