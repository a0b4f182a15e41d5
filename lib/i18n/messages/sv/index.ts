import common from "./common";
import errors from "./errors";
import auth from "./auth";
import mail from "./mail";
import admin from "./admin";
import compacts from "./compacts";
import home from "./home";
import lifecycle from "./lifecycle";
import compactPage from "./compactPage";
import versions from "./versions";
import principles from "./principles";
import relations from "./relations";
import workshop from "./workshop";
import editor from "./editor";
import followUp from "./followUp";
import publicPortal from "./public";
import comments from "./comments";

export default { common, errors, auth, mail, admin, compacts, home, lifecycle, compactPage, versions, relations, workshop, principles, editor, followUp, public: publicPortal, comments };
