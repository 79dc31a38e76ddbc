using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerExplorer.Web.Api;

/// <summary>Read-only JSON for the same data the pages show; every figure carries source and year.</summary>
public static class CareerApi
{
    public static IEndpointRouteBuilder MapCareerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Careers").CacheOutput(Infrastructure.CachingSetup.PublicPolicy);

        api.MapGet("/roles", async (RoleService roles, CancellationToken ct) =>
                (await roles.AllItemsAsync(ct)).Select(r => new ApiRoleSummary(r.Slug, r.Title, r.Category, r.Summary, $"/Roles/{r.Slug}")).ToList())
            .WithName("ListRoles").WithSummary("All roles, by title.");

        api.MapGet("/role-names", async (CompareService compare, HttpResponse response, CancellationToken ct) =>
            {
                // The compare page's role picker fetches this once; let the browser keep it a while.
                response.Headers.CacheControl = "public, max-age=300";
                return (await compare.PickerAsync(ct)).Select(r => new ApiRoleName(r.Slug, r.Title)).ToList();
            })
            .WithName("ListRoleNames").WithSummary("Every role's slug and title, by title: the compare picker's list.");

        api.MapGet("/role-suggestions", async (string? q, RoleService roles, CancellationToken ct) =>
                (await roles.SuggestAsync(q, ct)).Select(s => new ApiRoleSuggestion(s.Slug, s.Title, s.AlsoCalled, $"/Roles/{s.Slug}")).ToList())
            .WithName("SuggestRoles").WithSummary("Up to eight roles whose title or other name starts with the words of ?q= (each word a prefix): the search box's suggestions.");

        api.MapGet("/roles/{slug}", async Task<Results<Ok<ApiRoleDetails>, NotFound<ProblemDetailsLite>>> (string slug, RoleService roles, CancellationToken ct) =>
                await roles.GetAsync(slug, ct) is { } role
                    ? TypedResults.Ok(ApiRoleDetails.From(role))
                    : TypedResults.NotFound(new ProblemDetailsLite(404, "Role not found", $"There is no role '{Truncate(slug)}'.")))
            .WithName("GetRole").WithSummary("One role with every salary and outlook figure, each with its source and year, and its O*NET profile, each block with its O*NET release and the month its rows were collected.");

        api.MapGet("/roles/{slug}/moves", async Task<Results<Ok<ApiRoleMoves>, NotFound<ProblemDetailsLite>>> (
                string slug, string? more, string? faster, string? education, string? all, Services.Moves.MoveService moves, CancellationToken ct) =>
                await moves.MovesAsync(slug, Services.Moves.MoveFilters.Parse(more, faster, education, all), ct) is { } found
                    ? TypedResults.Ok(ApiRoleMoves.Of(found))
                    : TypedResults.NotFound(new ProblemDetailsLite(404, "Role not found", $"There is no role '{Truncate(slug)}'.")))
            .WithName("GetRoleMoves").WithSummary("Where a role can lead: the articles' ladders, then moves computed from O*NET (related occupations by tier, the nearest in skills and knowledge), each with both roles' official median and the difference, the target's projection against the average, education and job zone, the skill gaps and strengths; ?more=1, ?faster=1, ?education=1 filter, ?all=1 lists every move instead of eight.");

        api.MapGet("/paths/{from}/{to}", async Task<Results<Ok<ApiMoveDetails>, NotFound<ProblemDetailsLite>>> (
                string from, string to, Services.Moves.MoveService moves, CancellationToken ct) =>
                await moves.MoveAsync(from, to, ct) is { } move
                    ? TypedResults.Ok(ApiMoveDetails.Of(move))
                    : TypedResults.NotFound(new ProblemDetailsLite(404, "Move not found", $"There is no move from '{Truncate(from)}' to '{Truncate(to)}': a role is unknown, or they are the same.")))
            .WithName("GetMove").WithSummary("One move in full: both roles' official median and projection with their sources, education and job zone, every skill and knowledge area both are rated on (O*NET levels 0-7, the target's importance 1-5) with the gaps, the target's core tasks and the technologies to learn.");

        api.MapGet("/skills", async (string? q, SkillService skills, CancellationToken ct) =>
                (await skills.ListAsync(q, ct)).Skills.Select(s => new ApiSkill(s.Slug, s.Name, Display.SkillKind(s.Kind), s.Group, s.RoleCount)).ToList())
            .WithName("ListSkills").WithSummary("Skills, knowledge areas and the most used technologies, with the number of roles that need each; ?q= finds any by name (at most 200).");

        api.MapGet("/sources", async (SourceService sources, CancellationToken ct) =>
                (await sources.ListAsync(ct)).Select(s => new ApiSourceSummary(s.Slug, s.Publisher, s.Title, s.KindText, s.Year, s.ReleasePeriod, s.IsSeedDocument, s.FigureCount)).ToList())
            .WithName("ListSources").WithSummary("All sources with the number of figures citing each.");

        api.MapGet("/compare", async Task<Results<Ok<ApiComparison>, BadRequest<ApiErrors>>> (
                [Microsoft.AspNetCore.Mvc.FromQuery(Name = "roles")] string[]? roles, string? year, CompareService compare, CancellationToken ct) =>
            {
                var result = await compare.CompareAsync(CompareService.ParseRoles(roles ?? []), year, ct);
                return result.Comparison is { } comparison
                    ? TypedResults.Ok(ApiComparison.From(comparison, result.Warnings))
                    : TypedResults.BadRequest(new ApiErrors(400, "The roles cannot be compared",
                        result.Errors.Count > 0 ? result.Errors : [$"Choose {CompareService.MinRoles} to {CompareService.MaxRoles} roles: /api/compare?roles=a,b"]));
            })
            .WithName("Compare").WithSummary("The compare page's numbers: every figure nominal and normalised (annual, inflation-adjusted to the target year), per-role summary and reasons.");

        return app;
    }

    private static string Truncate(string s) => s.Length > 100 ? s[..100] + "…" : s;
}

/// <summary>An RFC 9457-shaped error body for the API.</summary>
public sealed record ProblemDetailsLite(int Status, string Title, string Detail);
