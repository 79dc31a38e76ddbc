using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareerExplorer.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:NOCASE", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    User = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataChanges",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Tags = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataChanges", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataVersion", x => x.Id);
                    table.CheckConstraint("CK_DataVersion_Single", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "Geographies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Geographies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleFacetCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Facet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LabelSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleFacetCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    TypicalEducation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImportedFrom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ParentRoleId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Roles_Roles_ParentRoleId",
                        column: x => x.ParentRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Skills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ElementId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReleasePeriod = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    PublishedOn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SeedFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Dataset = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Release = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleAliases_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareerSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromRoleId = table.Column<int>(type: "integer", nullable: false),
                    ToRoleId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerSteps", x => x.Id);
                    table.CheckConstraint("CK_CareerStep_NotSelf", "\"FromRoleId\" <> \"ToRoleId\"");
                    table.ForeignKey(
                        name: "FK_CareerSteps_Roles_FromRoleId",
                        column: x => x.FromRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Roles_ToRoleId",
                        column: x => x.ToRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerSteps_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CpiValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false, defaultValue: 4095),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpiValues", x => x.Id);
                    table.CheckConstraint("CK_CpiValue_Months", "\"Months\" BETWEEN 1 AND 4095");
                    table.CheckConstraint("CK_CpiValue_Value", "\"Value\" > 0");
                    table.CheckConstraint("CK_CpiValue_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_CpiValues_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CpiValues_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Requirement = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationSteps_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentProjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BaseYear = table.Column<int>(type: "integer", nullable: false),
                    TargetYear = table.Column<int>(type: "integer", nullable: false),
                    EmploymentBase = table.Column<decimal>(type: "numeric", nullable: true),
                    EmploymentTarget = table.Column<decimal>(type: "numeric", nullable: true),
                    ChangeNumber = table.Column<decimal>(type: "numeric", nullable: true),
                    ChangePercent = table.Column<decimal>(type: "numeric", nullable: true),
                    SelfEmployedPercent = table.Column<decimal>(type: "numeric", nullable: true),
                    Openings = table.Column<decimal>(type: "numeric", nullable: true),
                    OpeningsBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MedianWage = table.Column<decimal>(type: "numeric", nullable: true),
                    MedianWageTopCoded = table.Column<bool>(type: "boolean", nullable: false),
                    MedianWageYear = table.Column<int>(type: "integer", nullable: true),
                    Education = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Experience = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Training = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentProjections", x => x.Id);
                    table.CheckConstraint("CK_EmploymentProjection_Period", "\"BaseYear\" BETWEEN 1900 AND 2100 AND \"TargetYear\" > \"BaseYear\" AND \"TargetYear\" <= 2100");
                    table.CheckConstraint("CK_EmploymentProjection_Role", "\"RoleId\" IS NOT NULL OR \"Code\" = '00-0000'");
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmploymentProjections_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupationCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    System = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OccupationCodes_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetAlternateTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ShortTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Sources = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetAlternateTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetAlternateTitles_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetInterests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Interest = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "numeric", nullable: true),
                    HighPoint = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetInterests_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetJobZoneLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Zone = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Experience = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Education = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Training = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Examples = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SvpRange = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetJobZoneLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetJobZoneLevels_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetJobZoneLevels_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetJobZones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Zone = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetJobZones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetJobZones_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetOccupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetOccupations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetOccupations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SkillId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Importance = table.Column<decimal>(type: "numeric", nullable: true),
                    ImportanceN = table.Column<decimal>(type: "numeric", nullable: true),
                    ImportanceSuppressed = table.Column<bool>(type: "boolean", nullable: false),
                    Level = table.Column<decimal>(type: "numeric", nullable: true),
                    LevelN = table.Column<decimal>(type: "numeric", nullable: true),
                    LevelSuppressed = table.Column<bool>(type: "boolean", nullable: false),
                    LevelNotRelevant = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetRatings_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetRelated",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RelatedRoleId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetRelated", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Roles_RelatedRoleId",
                        column: x => x.RelatedRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetRelated_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IncumbentsResponding = table.Column<decimal>(type: "numeric", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTasks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTechnologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SkillId = table.Column<int>(type: "integer", nullable: false),
                    CommodityCode = table.Column<int>(type: "integer", nullable: false),
                    CommodityTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsHot = table.Column<bool>(type: "boolean", nullable: false),
                    IsInDemand = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTechnologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTechnologies_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnetTrainingShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    CategoryText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Percent = table.Column<decimal>(type: "numeric", nullable: false),
                    N = table.Column<decimal>(type: "numeric", nullable: true),
                    Suppressed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DomainSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnetTrainingShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnetTrainingShares_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutlookFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: true),
                    IsNotPublished = table.Column<bool>(type: "boolean", nullable: false),
                    RelativeStandardError = table.Column<decimal>(type: "numeric", nullable: true),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: true),
                    EndYear = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    GeographyId = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlookFigures", x => x.Id);
                    table.CheckConstraint("CK_OutlookFigure_Period", "\"StartYear\" IS NULL OR \"EndYear\" IS NULL OR \"StartYear\" <= \"EndYear\"");
                    table.CheckConstraint("CK_OutlookFigure_Rse", "\"RelativeStandardError\" IS NULL OR \"RelativeStandardError\" >= 0");
                    table.CheckConstraint("CK_OutlookFigure_Value", "(\"IsNotPublished\" = FALSE AND \"Value\" IS NOT NULL) OR (\"IsNotPublished\" = TRUE AND \"Value\" IS NULL)");
                    table.CheckConstraint("CK_OutlookFigure_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Geographies_GeographyId",
                        column: x => x.GeographyId,
                        principalTable: "Geographies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutlookFigures_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleDocument",
                columns: table => new
                {
                    DocumentsId = table.Column<int>(type: "integer", nullable: false),
                    MentionedRolesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleDocument", x => new { x.DocumentsId, x.MentionedRolesId });
                    table.ForeignKey(
                        name: "FK_RoleDocument_Roles_MentionedRolesId",
                        column: x => x.MentionedRolesId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleDocument_Sources_DocumentsId",
                        column: x => x.DocumentsId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromRoleId = table.Column<int>(type: "integer", nullable: false),
                    ToRoleId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Similarity = table.Column<double>(type: "double precision", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleMoves_Roles_FromRoleId",
                        column: x => x.FromRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleMoves_Roles_ToRoleId",
                        column: x => x.ToRoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleMoves_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    SkillId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleSkills_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleTasks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SalaryFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Statistic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PayComponent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Low = table.Column<decimal>(type: "numeric", nullable: true),
                    High = table.Column<decimal>(type: "numeric", nullable: true),
                    IsTopCoded = table.Column<bool>(type: "boolean", nullable: false),
                    IsNotPublished = table.Column<bool>(type: "boolean", nullable: false),
                    RelativeStandardError = table.Column<decimal>(type: "numeric", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    GeographyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    Quote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CitedInId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalaryFigures", x => x.Id);
                    table.CheckConstraint("CK_SalaryFigure_Amounts", "(\"IsNotPublished\" = FALSE AND \"Statistic\" = 'Range' AND \"Amount\" IS NULL AND \"Low\" > 0 AND \"High\" >= \"Low\") OR (\"IsNotPublished\" = FALSE AND \"Statistic\" <> 'Range' AND \"Amount\" > 0 AND \"Low\" IS NULL AND \"High\" IS NULL) OR (\"IsNotPublished\" = TRUE AND \"Statistic\" <> 'Range' AND \"Amount\" IS NULL AND \"Low\" IS NULL AND \"High\" IS NULL AND \"IsTopCoded\" = FALSE)");
                    table.CheckConstraint("CK_SalaryFigure_Currency", "length(\"Currency\") = 3");
                    table.CheckConstraint("CK_SalaryFigure_Month", "\"Month\" IS NULL OR \"Month\" BETWEEN 1 AND 12");
                    table.CheckConstraint("CK_SalaryFigure_Rse", "\"RelativeStandardError\" IS NULL OR \"RelativeStandardError\" >= 0");
                    table.CheckConstraint("CK_SalaryFigure_Year", "\"Year\" BETWEEN 1900 AND 2100");
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Geographies_GeographyId",
                        column: x => x.GeographyId,
                        principalTable: "Geographies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalaryFigures_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleSummaries",
                columns: table => new
                {
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    HeadlineSalaryId = table.Column<int>(type: "integer", nullable: true),
                    MedianAnnual = table.Column<decimal>(type: "numeric", nullable: true),
                    HeadlineGrowthId = table.Column<int>(type: "integer", nullable: true),
                    GrowthPercent = table.Column<decimal>(type: "numeric", nullable: true),
                    OfficialMedianId = table.Column<int>(type: "integer", nullable: true),
                    OfficialMedian = table.Column<decimal>(type: "numeric", nullable: true),
                    OfficialEmploymentId = table.Column<int>(type: "integer", nullable: true),
                    OfficialEmployment = table.Column<decimal>(type: "numeric", nullable: true),
                    ProjectionId = table.Column<int>(type: "integer", nullable: true),
                    ProjectedChange = table.Column<decimal>(type: "numeric", nullable: true),
                    ProjectedOpenings = table.Column<decimal>(type: "numeric", nullable: true),
                    EntryEducation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    JobZone = table.Column<int>(type: "integer", nullable: true),
                    RequiredLevel = table.Column<int>(type: "integer", nullable: true),
                    RequiredLevelText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSummaries", x => x.RoleId);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_EmploymentProjections_ProjectionId",
                        column: x => x.ProjectionId,
                        principalTable: "EmploymentProjections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_OutlookFigures_HeadlineGrowthId",
                        column: x => x.HeadlineGrowthId,
                        principalTable: "OutlookFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_OutlookFigures_OfficialEmploymentId",
                        column: x => x.OfficialEmploymentId,
                        principalTable: "OutlookFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_SalaryFigures_HeadlineSalaryId",
                        column: x => x.HeadlineSalaryId,
                        principalTable: "SalaryFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleSummaries_SalaryFigures_OfficialMedianId",
                        column: x => x.OfficialMedianId,
                        principalTable: "SalaryFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "DataVersion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_At",
                table: "AuditEntries",
                columns: new[] { "EntityType", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_User_At",
                table: "AuditEntries",
                columns: new[] { "User", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_CitedInId",
                table: "CareerSteps",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_FromRoleId",
                table: "CareerSteps",
                column: "FromRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_SourceId",
                table: "CareerSteps",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerSteps_ToRoleId",
                table: "CareerSteps",
                column: "ToRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_CitedInId",
                table: "CpiValues",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_SourceId",
                table: "CpiValues",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CpiValues_Year",
                table: "CpiValues",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_CitedInId",
                table: "EducationSteps",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_RoleId",
                table: "EducationSteps",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationSteps_SourceId",
                table: "EducationSteps",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_CitedInId",
                table: "EmploymentProjections",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_RoleId",
                table: "EmploymentProjections",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentProjections_SourceId_Code",
                table: "EmploymentProjections",
                columns: new[] { "SourceId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Geographies_Code",
                table: "Geographies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_CitedInId",
                table: "OccupationCodes",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_Code",
                table: "OccupationCodes",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_RoleId",
                table: "OccupationCodes",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationCodes_SourceId",
                table: "OccupationCodes",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_CitedInId",
                table: "OnetAlternateTitles",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_RoleId",
                table: "OnetAlternateTitles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_SourceId",
                table: "OnetAlternateTitles",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetAlternateTitles_Title",
                table: "OnetAlternateTitles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_CitedInId",
                table: "OnetInterests",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_RoleId",
                table: "OnetInterests",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetInterests_SourceId",
                table: "OnetInterests",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_CitedInId",
                table: "OnetJobZoneLevels",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_SourceId",
                table: "OnetJobZoneLevels",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZoneLevels_Zone",
                table: "OnetJobZoneLevels",
                column: "Zone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_CitedInId",
                table: "OnetJobZones",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_RoleId",
                table: "OnetJobZones",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetJobZones_SourceId",
                table: "OnetJobZones",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_CitedInId",
                table: "OnetOccupations",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_Code",
                table: "OnetOccupations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_RoleId",
                table: "OnetOccupations",
                column: "RoleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnetOccupations_SourceId",
                table: "OnetOccupations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_CitedInId",
                table: "OnetRatings",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_RoleId",
                table: "OnetRatings",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_SkillId_Importance",
                table: "OnetRatings",
                columns: new[] { "SkillId", "Importance" });

            migrationBuilder.CreateIndex(
                name: "IX_OnetRatings_SourceId",
                table: "OnetRatings",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_CitedInId",
                table: "OnetRelated",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_RelatedRoleId",
                table: "OnetRelated",
                column: "RelatedRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_RoleId",
                table: "OnetRelated",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetRelated_SourceId",
                table: "OnetRelated",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_CitedInId",
                table: "OnetTasks",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_RoleId",
                table: "OnetTasks",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTasks_SourceId",
                table: "OnetTasks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_CitedInId",
                table: "OnetTechnologies",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_RoleId",
                table: "OnetTechnologies",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_SkillId",
                table: "OnetTechnologies",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTechnologies_SourceId",
                table: "OnetTechnologies",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_CitedInId",
                table: "OnetTrainingShares",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_RoleId",
                table: "OnetTrainingShares",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_OnetTrainingShares_SourceId",
                table: "OnetTrainingShares",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_CitedInId",
                table: "OutlookFigures",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_GeographyId",
                table: "OutlookFigures",
                column: "GeographyId");

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_RoleId_Kind",
                table: "OutlookFigures",
                columns: new[] { "RoleId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_OutlookFigures_SourceId_RoleId_Kind",
                table: "OutlookFigures",
                columns: new[] { "SourceId", "RoleId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleAliases_Name",
                table: "RoleAliases",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAliases_RoleId_Name",
                table: "RoleAliases",
                columns: new[] { "RoleId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleDocument_MentionedRolesId",
                table: "RoleDocument",
                column: "MentionedRolesId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleMoves_FromRoleId_Rank",
                table: "RoleMoves",
                columns: new[] { "FromRoleId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleMoves_SourceId",
                table: "RoleMoves",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleMoves_ToRoleId",
                table: "RoleMoves",
                column: "ToRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_CitedInId",
                table: "RoleSkills",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_RoleId_SkillId_SourceId_CitedInId",
                table: "RoleSkills",
                columns: new[] { "RoleId", "SkillId", "SourceId", "CitedInId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_SkillId",
                table: "RoleSkills",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSkills_SourceId",
                table: "RoleSkills",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_HeadlineGrowthId",
                table: "RoleSummaries",
                column: "HeadlineGrowthId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_HeadlineSalaryId",
                table: "RoleSummaries",
                column: "HeadlineSalaryId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_MedianAnnual",
                table: "RoleSummaries",
                column: "MedianAnnual");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialEmploymentId",
                table: "RoleSummaries",
                column: "OfficialEmploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialMedian",
                table: "RoleSummaries",
                column: "OfficialMedian");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_OfficialMedianId",
                table: "RoleSummaries",
                column: "OfficialMedianId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_ProjectedChange",
                table: "RoleSummaries",
                column: "ProjectedChange");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSummaries_ProjectionId",
                table: "RoleSummaries",
                column: "ProjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_CitedInId",
                table: "RoleTasks",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_RoleId_Position",
                table: "RoleTasks",
                columns: new[] { "RoleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleTasks_SourceId",
                table: "RoleTasks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Category",
                table: "Roles",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_ParentRoleId",
                table: "Roles",
                column: "ParentRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Slug",
                table: "Roles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Title",
                table: "Roles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_CitedInId",
                table: "SalaryFigures",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_GeographyId",
                table: "SalaryFigures",
                column: "GeographyId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_RoleId_Year",
                table: "SalaryFigures",
                columns: new[] { "RoleId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_SourceId_RoleId_Statistic_Basis",
                table: "SalaryFigures",
                columns: new[] { "SourceId", "RoleId", "Statistic", "Basis" });

            migrationBuilder.CreateIndex(
                name: "IX_SalaryFigures_Statistic_Amount",
                table: "SalaryFigures",
                columns: new[] { "Statistic", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Skills_Name",
                table: "Skills",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Skills_Slug",
                table: "Skills",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Dataset_Release",
                table: "Sources",
                columns: new[] { "Dataset", "Release" },
                unique: true,
                filter: "\"Dataset\" IS NOT NULL AND \"Release\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Slug",
                table: "Sources",
                column: "Slug",
                unique: true);

            // What SQLite's migrations add by hand, the PostgreSQL way: the roles search
            // (see PostgreSqlSearch), and the two expression indexes.
            migrationBuilder.Sql(PostgreSqlSearch.CreateSql);
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_OnetAlternateTitles_lower_Title\" ON \"OnetAlternateTitles\" (lower(\"Title\"))");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Roles_Title_NoCase\" ON \"Roles\" (\"Title\" COLLATE \"NOCASE\", \"Id\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Roles_Title_NoCase\"");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_OnetAlternateTitles_lower_Title\"");
            migrationBuilder.Sql(PostgreSqlSearch.DropSql);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CareerSteps");

            migrationBuilder.DropTable(
                name: "CpiValues");

            migrationBuilder.DropTable(
                name: "DataChanges");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DataVersion");

            migrationBuilder.DropTable(
                name: "EducationSteps");

            migrationBuilder.DropTable(
                name: "OccupationCodes");

            migrationBuilder.DropTable(
                name: "OnetAlternateTitles");

            migrationBuilder.DropTable(
                name: "OnetInterests");

            migrationBuilder.DropTable(
                name: "OnetJobZoneLevels");

            migrationBuilder.DropTable(
                name: "OnetJobZones");

            migrationBuilder.DropTable(
                name: "OnetOccupations");

            migrationBuilder.DropTable(
                name: "OnetRatings");

            migrationBuilder.DropTable(
                name: "OnetRelated");

            migrationBuilder.DropTable(
                name: "OnetTasks");

            migrationBuilder.DropTable(
                name: "OnetTechnologies");

            migrationBuilder.DropTable(
                name: "OnetTrainingShares");

            migrationBuilder.DropTable(
                name: "RoleAliases");

            migrationBuilder.DropTable(
                name: "RoleDocument");

            migrationBuilder.DropTable(
                name: "RoleFacetCounts");

            migrationBuilder.DropTable(
                name: "RoleMoves");

            migrationBuilder.DropTable(
                name: "RoleSkills");

            migrationBuilder.DropTable(
                name: "RoleSummaries");

            migrationBuilder.DropTable(
                name: "RoleTasks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Skills");

            migrationBuilder.DropTable(
                name: "EmploymentProjections");

            migrationBuilder.DropTable(
                name: "OutlookFigures");

            migrationBuilder.DropTable(
                name: "SalaryFigures");

            migrationBuilder.DropTable(
                name: "Geographies");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}
